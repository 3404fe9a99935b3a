using System.Globalization;
using MsClr.Kit.Experiments.Baselines;

namespace MsClr.Kit.Experiments;

/// <summary>
/// How <see cref="ExperimentRunner.Run"/> measures a spec's result, in words: the linear evaluation protocol of a pretrained
/// experiment, or what a baseline trains and probes. The commands print it before they run and the runner saves it in
/// <c>result.json</c> (<see cref="ExperimentResult.Protocol"/>), as <see cref="KnnEvaluation"/> and
/// <see cref="FineTuningEvaluation"/> do with theirs.
/// </summary>
public static class ExperimentProtocol
{
    /// <summary>The protocol of <paramref name="spec"/>: frozen or not, batch, epochs, learning rate, frames, label fraction.</summary>
    public static string Describe(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Baseline switch
        {
            null => $"linear evaluation: frozen encoder (eval mode, no augmentation; every weight checked unchanged), {Probe(spec)}",
            BaselineKind.RandomInit => $"{BaselineKind.RandomInit.Label()}: the initial weights pretraining starts from, frozen, {Probe(spec)}",
            BaselineKind.RawStatistics or BaselineKind.RawFlattened => $"{spec.Baseline.Value.Label()}: no encoder, {Probe(spec)}",
            BaselineKind.Supervised => Supervised(spec),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Baseline, "unknown baseline"),
        };
    }

    /// <summary>The linear probe of <paramref name="spec"/>'s budget in words: formats, features, batch, schedule, frames, stream, label fraction.</summary>
    internal static string Probe(ExperimentSpec spec)
    {
        var config = spec.Budget.LinearEval();
        return string.Create(CultureInfo.InvariantCulture,
            $"a linear classifier per format ({string.Join(", ", spec.EvaluationFormats)}; the first is primary) on {(config.StandardiseFeatures ? "standardised" : "raw")} features, batch {config.BatchSize}, {config.Epochs} epochs, SGD lr {config.LearningRate} (×{config.Gamma} after epoch {string.Join(", ", config.EffectiveMilestones)}), momentum {config.Momentum}, weight decay {config.WeightDecay}, 50 frames, {Stream(spec)} stream, label fraction 100 %");
    }

    private static string Supervised(ExperimentSpec spec)
    {
        var config = BaselineRunner.Supervised(spec);
        return string.Create(CultureInfo.InvariantCulture,
            $"{BaselineKind.Supervised.Label()}: encoder not frozen (random initial weights and a linear classifier, every parameter trained end to end), batch {config.BatchSize}, {config.Schedule}, 50 frames, {Stream(spec)} stream, primary format {spec.EvaluationFormats[0]}, label fraction 100 %");
    }

    private static string Stream(ExperimentSpec spec) => spec.Stream.ToString().ToLowerInvariant();
}
