using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments;

/// <summary>The encoder a frozen-feature protocol probes: a pretrained experiment's, reloaded from its last checkpoint,
/// or the random-init baseline's initial weights.</summary>
internal static class ProbedEncoder
{
    /// <summary>Loads <paramref name="spec"/>'s encoder; the caller disposes it.</summary>
    /// <param name="spec">A pretrained experiment or a random-init baseline spec.</param>
    /// <param name="runner">The runner that owns the run folders.</param>
    /// <param name="device">Where the model lives.</param>
    /// <param name="accepted">What the protocol takes, in words, for the error on another baseline.</param>
    /// <exception cref="InvalidOperationException">Not pretrained yet, or a baseline without an encoder (raw-stats, raw-flat, supervised).</exception>
    public static ContrastiveModel Load(ExperimentSpec spec, ExperimentRunner runner, Device device, string accepted)
    {
        if (spec.Baseline is { } baseline)
        {
            return baseline == BaselineKind.RandomInit
                ? BaselineRunner.RandomInitModel(spec, device)
                : throw new InvalidOperationException($"{spec.Id} is the {baseline.ShortName()} baseline: it keeps no features to probe; {accepted}");
        }

        return runner.IsPretrained(spec)
            ? runner.Pretrain(spec)
            : throw new InvalidOperationException($"{spec.Id} is not pretrained yet; run `msclr pretrain` with the same options first");
    }
}
