using System.Diagnostics;
using System.Text.Json;
using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.IO;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;
using MsClr.Kit.Data;

namespace MsClr.Kit.Experiments;

/// <summary>
/// Runs an <see cref="ExperimentSpec"/> end to end in <c>{runsRoot}/{spec.Id}/</c>: (synthetic data if missing) →
/// pretraining (resumable) → linear evaluation per format → ensemble → <c>result.json</c>, score files and rows in the
/// results store (a result file in the run folder, merged into <c>{runsRoot}/results.parquet</c>). Finished experiments are reused unless forced.
/// </summary>
public sealed class ExperimentRunner(string dataRoot, string runsRoot, Device device)
{
    /// <summary>The folder of <paramref name="spec"/>'s run.</summary>
    public string RunDirectory(ExperimentSpec spec) => RunFolder.For(runsRoot, spec).Path;

    /// <summary>Whether <paramref name="spec"/> has a finished result that <see cref="Run"/> would reuse.</summary>
    public bool IsFinished(ExperimentSpec spec) => File.Exists(ResultPath(spec));

    /// <summary>Runs (or reuses) the experiment.</summary>
    /// <param name="spec">The experiment.</param>
    /// <param name="progress">Pretraining progress, one event per step.</param>
    /// <param name="force">Rerun even when a result exists (pretraining still resumes from its checkpoints unless they are deleted).</param>
    /// <param name="cancellation">Stops pretraining after the current step (a checkpoint is saved), linear evaluation after the
    /// current probe epoch (its state is saved in <c>linear-state/</c>) or the supervised baseline after the current epoch
    /// (<c>supervised-state/</c>); a later call resumes each bit-identically.</param>
    /// <param name="supervisedProgress">The supervised baseline's training, one event per step (it has no pretraining).</param>
    public ExperimentResult Run(ExperimentSpec spec, IProgress<TrainingProgress>? progress = null, bool force = false, CancellationToken cancellation = default,
        IProgress<SupervisedProgress>? supervisedProgress = null)
    {
        var directory = RunDirectory(spec);
        var resultPath = ResultPath(spec);
        if (File.Exists(resultPath) && !force)
        {
            // A writer stopped between result.json and its result file left the run unrecorded: recording is idempotent.
            Results.FinishedRun.Record(runsRoot, spec, resultPath);
            return JsonSerializer.Deserialize<ExperimentResult>(File.ReadAllText(resultPath))
                ?? throw new InvalidDataException($"{resultPath}: empty result");
        }

        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(new RunFolder(directory).Spec, spec.Canonical());
        var benchmark = spec.Benchmark;
        var budget = spec.Budget;
        var compat = spec.CompatSwitches;
        var training = spec.ResolveTrainingFormats();
        var evaluation = spec.ResolveEvaluationFormats();
        var missing = evaluation.FirstOrDefault(e => training.All(t => t.Name != e.Name));
        if (missing is not null)
        {
            throw new ArgumentException($"evaluation format '{missing.Name}' was not a training format ({string.Join(", ", training.Select(t => t.Name))}); the encoder has no input layer for it");
        }

        if (spec.Baseline is not null)
        {
            return RunBaseline(spec, benchmark, evaluation, resultPath, supervisedProgress, cancellation);
        }

        var clock = Stopwatch.StartNew();
        using var model = Pretrain(spec, progress, cancellation);
        var pretrainSeconds = clock.Elapsed.TotalSeconds;
        var keyCosine = MetricsLog.Load(new RunFolder(directory).PretrainMetrics).LastEpochKeyCosine();

        clock.Restart();
        using var trainClips = ExperimentClips.Training(dataRoot, spec, evaluation);
        using var testClips = ExperimentClips.Test(dataRoot, spec, evaluation);
        var report = LinearEvaluation.Run(model.Query, trainClips, testClips, new LinearEvaluationOptions(benchmark.Classes)
        {
            Formats = evaluation, Stream = spec.Stream, Config = budget.LinearEval(), Seed = spec.Seed, Device = device, Averaging = compat.EnsembleAveraging,
            BoneFormat = compat.NtuBonesInLinearEvaluation ? SkeletonFormats.NtuRgbD : null, Cancellation = cancellation, StateDirectory = new RunFolder(directory).LinearState,
        });
        foreach (var probe in report.Probes)
        {
            ScoreFile.Write(new RunFolder(directory).Scores(probe.Format), report.TestSampleIds, report.TestLabels, probe.Result.TestScores);
        }

        var primary = report.Probes[0].Result;
        var result = new ExperimentResult(spec.Id, primary.Final.Top1, primary.Final.Top5, primary.BestPeriodicTop1, report.Ensemble?.Top1,
            report.Probes.ToDictionary(p => p.Format, p => p.Result.Final.Top1), pretrainSeconds, clock.Elapsed.TotalSeconds) { Protocol = ExperimentProtocol.Describe(spec), KeyCosine = keyCosine, Threads = get_num_threads() };
        // result.json first, then its result file: a kill in between is repaired by the next Run, never duplicated.
        AtomicFile.WriteAllText(resultPath, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        Results.FinishedRun.Record(runsRoot, spec, resultPath);
        return result;
    }

    private ExperimentResult RunBaseline(ExperimentSpec spec, Benchmark benchmark, IReadOnlyList<SkeletonFormat> evaluation, string resultPath,
        IProgress<SupervisedProgress>? progress, CancellationToken cancellation)
    {
        ExperimentClips.Ensure(dataRoot, spec, spec.ResolveTrainingFormats());
        using var trainClips = ExperimentClips.Training(dataRoot, spec, evaluation);
        using var testClips = ExperimentClips.Test(dataRoot, spec, evaluation);
        var result = Baselines.BaselineRunner.Run(spec, trainClips, testClips, benchmark.Classes, device, RunDirectory(spec), progress, cancellation) with { Protocol = ExperimentProtocol.Describe(spec), Threads = get_num_threads() };
        AtomicFile.WriteAllText(resultPath, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        Results.FinishedRun.Record(runsRoot, spec, resultPath);
        return result;
    }

    /// <summary>Whether <paramref name="spec"/>'s pretraining has finished (its final checkpoint exists).</summary>
    public bool IsPretrained(ExperimentSpec spec) =>
        new CheckpointStore(RunFolder.For(runsRoot, spec).Pretrain).Latest() is { } latest && latest.Epoch > spec.Budget.Epochs;

    /// <summary>Runs (or resumes, or reloads when finished) the pretraining stage of <paramref name="spec"/>; the caller disposes the model.</summary>
    /// <exception cref="OperationCanceledException">Cancelled before the last epoch (a checkpoint was saved).</exception>
    /// <exception cref="InvalidOperationException">A baseline spec (it has no pretraining).</exception>
    public ContrastiveModel Pretrain(ExperimentSpec spec, IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (spec.Baseline is { } baseline)
        {
            throw new InvalidOperationException($"{spec.Id} is the {baseline.ShortName()} baseline: it has no pretraining; run it with `msclr experiment run`");
        }

        var benchmark = spec.Benchmark;
        var budget = spec.Budget;
        var compat = spec.CompatSwitches;
        var formats = spec.ResolveTrainingFormats();
        var directory = RunDirectory(spec);
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(new RunFolder(directory).Spec, spec.Canonical());
        ExperimentClips.Ensure(dataRoot, spec, formats);
        using var clips = ExperimentClips.Training(dataRoot, spec, formats);
        var config = compat.ApplyTo(budget.Apply(new PretrainConfig(
            Method: spec.Method,
            Stream: spec.Stream,
            Seed: spec.Seed,
            Pairing: formats.Count > 1 ? FormatPairing.FullRandom : FormatPairing.SameFormat,
            Precision: spec.Precision)));
        var result = Pretrainer.Run(clips, config, compat.ApplyTo(Augmenter(spec)), new RunFolder(directory).Pretrain, device, progress, cancellation);
        if (!result.Completed)
        {
            result.Model.Dispose();
            throw new OperationCanceledException($"pretraining of {spec.Id} was stopped at {result.Next.FolderName}; run again to resume");
        }

        return result.Model;
    }

    private string ResultPath(ExperimentSpec spec) => RunFolder.For(runsRoot, spec).Result;

    /// <summary>The views <paramref name="spec"/> pretrains with (before its compat switches): none without augmentations,
    /// else the normal view and the extreme view of its <see cref="ExperimentSpec.AugMethod"/>, both with its shear
    /// amplitude and, unless <see cref="ExperimentSpec.TemporalCrop"/> is false, the temporal crop.</summary>
    internal static ViewAugmenter Augmenter(ExperimentSpec spec) => spec.Augmentations
        ? new ViewAugmenter(Shaped(ViewRecipe.Normal, spec), Shaped(ViewRecipe.ExtremeOf(spec.AugMethod), spec))
        : new ViewAugmenter(ViewRecipe.None, ViewRecipe.None);

    // The spec's ablations of the steps every view shares: the shear's amplitude, and the temporal crop kept or left out.
    private static ViewRecipe Shaped(ViewRecipe recipe, ExperimentSpec spec)
    {
        var sheared = recipe.Replace<ShearStep>(shear => shear with { Amplitude = spec.ShearAmplitude });
        return spec.TemporalCrop ? sheared : sheared.Without<TemporalCropStep>();
    }
}
