using System.Text.Json;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.IO;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments;

/// <summary>
/// Linear evaluation on recalibrated BatchNorm statistics: the linear protocol of <see cref="ExperimentRunner"/> (same
/// probe, clips, seed and ensemble) on the frozen encoder after <see cref="FrozenEncoderCalibration"/> has re-estimated
/// its BatchNorm running statistics on the clean training clips. Pretraining leaves statistics of augmented views, often
/// after a few dozen steps; this measures how much of the linear result, and of its spread over seeds, is those statistics
/// rather than the weights. It takes a pretrained experiment or the random-init baseline (its initial weights, calibrated
/// the same way), writes <c>linear-calibrated.json</c> (with its protocol) in the run folder, never <c>result.json</c> or
/// score files, and records <c>linear-calibrated:top1</c> (primary format), <c>linear-calibrated:top1:&lt;format&gt;</c>
/// and, with several formats, <c>linear-calibrated:ensemble_top1</c> in the results store. No spec id changes.
/// </summary>
public sealed class CalibratedLinearEvaluation(string dataRoot, string runsRoot, Device device)
{
    /// <summary>The file in the run folder that holds the protocol and its result.</summary>
    public const string FileName = "linear-calibrated.json";

    /// <summary>The prefix of this protocol's store metrics.</summary>
    public const string MetricPrefix = "linear-calibrated";

    /// <summary>The store metric of the primary format's top-1.</summary>
    public const string Metric = MetricPrefix + ":" + ResultMetrics.Top1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The protocol in words, as printed at the start and recorded with the result.</summary>
    public static string Describe(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var encoder = spec.Baseline == BaselineKind.RandomInit ? "the initial weights pretraining starts from (random-init)" : "the pretrained encoder";
        return $"linear evaluation on recalibrated BatchNorm statistics: {encoder}, frozen, its BatchNorm running statistics first re-estimated as the plain average over one pass of the {spec.Benchmark.Name} training clips (no augmentation, no labels, clip order, batch {spec.Budget.LinearEval().BatchSize}); every weight checked unchanged, only the BatchNorm buffers re-estimated, in memory (the checkpoint is not changed); then eval mode, {ExperimentProtocol.Probe(spec)}";
    }

    /// <summary>Evaluates <paramref name="spec"/>'s encoder (or reuses its <c>linear-calibrated.json</c> unless <paramref name="force"/>).</summary>
    /// <param name="spec">A pretrained experiment, or a random-init baseline spec.</param>
    /// <param name="force">Evaluate again even when <c>linear-calibrated.json</c> exists.</param>
    /// <returns>The result: final top-1 per format (fractions), primary format first, and the ensemble's.</returns>
    /// <exception cref="InvalidOperationException">Not pretrained yet, or a baseline without an encoder.</exception>
    public CalibratedLinearResult Run(ExperimentSpec spec, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var runner = new ExperimentRunner(dataRoot, runsRoot, device);
        var folder = RunFolder.For(runsRoot, spec);
        var path = Path.Combine(folder.Path, FileName);
        if (File.Exists(path) && !force && Read(path) is { } saved)
        {
            return saved;
        }

        var benchmark = spec.Benchmark;
        var compat = spec.CompatSwitches;
        var formats = spec.ResolveEvaluationFormats();
        var config = spec.Budget.LinearEval();
        // The random-init baseline may come before any pretraining built the store.
        ExperimentClips.Ensure(dataRoot, spec, spec.ResolveTrainingFormats());

        using var model = ProbedEncoder.Load(spec, runner, device, "linear-calibrated takes a pretrained experiment or --baseline random-init");
        using var train = ExperimentClips.Training(dataRoot, spec, formats);
        using var test = ExperimentClips.Test(dataRoot, spec, formats);
        var boneFormat = compat.NtuBonesInLinearEvaluation ? SkeletonFormats.NtuRgbD : null;
        FrozenEncoderCalibration.Run(model.Query, train, formats, spec.Stream, config.BatchSize, device, boneFormat);
        var report = LinearEvaluation.Run(model.Query, train, test, new LinearEvaluationOptions(benchmark.Classes)
        {
            Formats = formats, Stream = spec.Stream, Config = config, Seed = spec.Seed, Device = device, Averaging = compat.EnsembleAveraging, BoneFormat = boneFormat,
        });
        var result = new CalibratedLinearResult(
            report.Probes.ToDictionary(p => p.Format, p => p.Result.Final.Top1),
            report.Probes.ToDictionary(p => p.Format, p => p.Result.BestPeriodicTop1),
            report.Ensemble?.Top1);

        folder.WriteWithSpec(spec, FileName, JsonSerializer.Serialize(new Saved(Describe(spec), result), Json));
        var (commit, time) = (GitCommit.Current(), DateTime.UtcNow);
        var rows = ResultMetrics.PerFormatRows(spec, Metric, result.Top1, formats[0].Name, commit, time).ToList();
        if (result.EnsembleTop1 is { } ensemble)
        {
            rows.Add(ResultMetrics.Row(spec, $"{MetricPrefix}:{ResultMetrics.EnsembleTop1}", ensemble, commit, time));
        }

        new ResultsStore(runsRoot).Append(rows.ToArray());
        return result;
    }

    private static CalibratedLinearResult? Read(string path) =>
        JsonSerializer.Deserialize<Saved>(File.ReadAllText(path), Json)?.Result is { Top1.Count: > 0 } result ? result : null;

    private sealed record Saved(string Protocol, CalibratedLinearResult Result);
}
