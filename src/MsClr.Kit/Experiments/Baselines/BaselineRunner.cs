using System.Diagnostics;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments.Baselines;

/// <summary>
/// Measures a baseline spec (<see cref="ExperimentSpec.Baseline"/>) under its spec's protocol and budget, so its number
/// stands beside the self-supervised rows like for like: the same clips, stream, probe and seed.
/// <see cref="ExperimentRunner"/> calls it in place of pretraining and records the result as any other run.
/// </summary>
public static class BaselineRunner
{
    /// <summary>The supervised baseline's schedule: the budget's pretraining epochs and batch, its pretraining milestone
    /// (epoch 250 of 300, scaled), SGD lr 0.1 (<see cref="SupervisedConfig"/>'s defaults).</summary>
    public static SupervisedConfig Supervised(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var config = spec.Budget.Apply(new PretrainConfig(Method: spec.Method, Stream: spec.Stream, Seed: spec.Seed));
        return new SupervisedConfig(spec.Budget.Epochs, spec.Budget.BatchSize, config.Milestones ?? []);
    }

    /// <summary>The random-init baseline's model: the initial weights <paramref name="spec"/>'s pretraining starts from (same
    /// configuration, same generator purpose), untrained; the caller disposes it.</summary>
    /// <param name="spec">Any spec; its baseline, if any, is ignored.</param>
    /// <param name="device">Where the model lives.</param>
    public static ContrastiveModel RandomInitModel(ExperimentSpec spec, Device device)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var config = spec.CompatSwitches.ApplyTo(spec.Budget.Apply(new PretrainConfig(Method: spec.Method, Stream: spec.Stream, Seed: spec.Seed)));
        return ContrastiveModel.Create(new FormatSet(spec.ResolveTrainingFormats()), config.EffectiveEncoder, config.EffectiveContrastive,
            Seeds.Generator(spec.Seed, "init"), device, config.SeparateKeyInitialisation);
    }

    /// <summary>The raw-coordinate baselines' features of <paramref name="clips"/>: the stream's per-joint mean and standard
    /// deviation over time (<see cref="BaselineKind.RawStatistics"/>) or the whole clip flattened (<see cref="BaselineKind.RawFlattened"/>).</summary>
    /// <returns>(N, D) on <paramref name="device"/>, in the caller's dispose scope.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Another baseline kind (its features come from an encoder).</exception>
    public static Tensor RawFeatures(BaselineKind kind, ClipTensors clips, InputStream stream, Device device)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var input = StreamTransforms.Apply(clips.Data, stream, clips.Format);
        var features = kind switch
        {
            BaselineKind.RawStatistics => RawCoordinateFeatures.Statistics(input),
            BaselineKind.RawFlattened => RawCoordinateFeatures.Flattened(input),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"expected {BaselineKind.RawStatistics.ShortName()} or {BaselineKind.RawFlattened.ShortName()}: the raw-coordinate baselines"),
        };
        return features.to(device);
    }

    /// <summary>Runs the baseline and writes its score files (<c>scores-&lt;format&gt;.parquet</c>) into <paramref name="directory"/>.</summary>
    /// <param name="spec">A spec with a <see cref="ExperimentSpec.Baseline"/>.</param>
    /// <param name="train">Training clips in every evaluation format.</param>
    /// <param name="test">Test clips in every evaluation format.</param>
    /// <param name="classes">Number of classes of the benchmark.</param>
    /// <param name="device">Compute device.</param>
    /// <param name="directory">The run folder.</param>
    /// <param name="progress">The supervised baseline's training steps (the others train nothing but a probe).</param>
    /// <param name="cancellation">Stops the supervised baseline after the current epoch, its state saved in the run
    /// folder's <c>supervised-state/</c>; a later call resumes it bit-identically.</param>
    /// <returns>The result; <see cref="ExperimentResult.PretrainSeconds"/> holds the supervised training time (0 for the others).</returns>
    /// <exception cref="OperationCanceledException">The supervised baseline was stopped (its state was saved).</exception>
    public static ExperimentResult Run(ExperimentSpec spec, MultiFormatClips train, MultiFormatClips test, int classes, Device device, string directory,
        IProgress<SupervisedProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var kind = spec.Baseline ?? throw new ArgumentException($"{spec.Id} is not a baseline spec", nameof(spec));
        var budget = spec.Budget;
        var compat = spec.CompatSwitches;
        var evaluation = spec.ResolveEvaluationFormats();
        var config = compat.ApplyTo(budget.Apply(new PretrainConfig(Method: spec.Method, Stream: spec.Stream, Seed: spec.Seed)));
        var clock = Stopwatch.StartNew();
        using var scope = NewDisposeScope();
        var testLabels = tensor(test.Labels.ToArray()).to(device);
        List<(string Format, ClassificationMetrics Final, double BestPeriodic, Tensor Scores)> probes = [];
        var trainSeconds = 0.0;
        switch (kind)
        {
            case BaselineKind.RandomInit:
            {
                using var model = RandomInitModel(spec, device);
                var report = LinearEvaluation.Run(model.Query, train, test, new LinearEvaluationOptions(classes)
                {
                    Formats = evaluation, Stream = spec.Stream, Config = budget.LinearEval(), Seed = spec.Seed, Device = device,
                    Averaging = compat.EnsembleAveraging, BoneFormat = compat.NtuBonesInLinearEvaluation ? SkeletonFormats.NtuRgbD : null,
                });
                probes.AddRange(report.Probes.Select(p => (p.Format, p.Result.Final, p.Result.BestPeriodicTop1, p.Result.TestScores)));
                break;
            }

            case BaselineKind.RawStatistics or BaselineKind.RawFlattened:
            {
                var trainLabels = tensor(train.Labels.ToArray()).to(device);
                foreach (var format in evaluation)
                {
                    var result = LinearProbe.Train(RawFeatures(kind, train[format], spec.Stream, device), trainLabels, RawFeatures(kind, test[format], spec.Stream, device), testLabels, classes, budget.LinearEval(), new Generator(spec.Seed));
                    probes.Add((format.Name, result.Final, result.BestPeriodicTop1, result.TestScores));
                }

                break;
            }

            case BaselineKind.Supervised:
            {
                // Only the primary format: the number the tables read is its classifier's.
                var format = evaluation[0];
                var result = SupervisedTraining.Train(train[format], test[format], spec.Stream, classes, config.EffectiveEncoder, Supervised(spec), spec.Seed, device,
                    cancellation: cancellation, stateFolder: new RunFolder(directory).SupervisedState, progress: progress);
                probes.Add((format.Name, result.Final, result.Final.Top1, result.TestScores));
                trainSeconds = result.TrainSeconds;
                break;
            }
        }

        foreach (var probe in probes)
        {
            ScoreFile.Write(new RunFolder(directory).Scores(probe.Format), test[evaluation[0]].SampleIds, test.Labels, probe.Scores);
        }

        var ensemble = probes.Count > 1 ? ClassificationMetrics.From(ScoreFusion.FormatEnsemble(probes.Select(p => p.Scores).ToArray(), compat.EnsembleAveraging), testLabels).Top1 : (double?)null;
        var primary = probes[0];
        return new ExperimentResult(spec.Id, primary.Final.Top1, primary.Final.Top5, primary.BestPeriodic, ensemble,
            probes.ToDictionary(p => p.Format, p => p.Final.Top1), trainSeconds, clock.Elapsed.TotalSeconds - trainSeconds);
    }
}
