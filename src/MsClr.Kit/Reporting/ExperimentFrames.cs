using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;

namespace MsClr.Kit.Reporting;

/// <summary>Experiments and their results as DataFrames, one row per experiment, accuracies in percent.</summary>
public static class ExperimentFrames
{
    /// <summary>What each experiment runs: <c>spec id, method, benchmark, stream, training formats, evaluation formats,
    /// augmentations, budget, seed</c>.</summary>
    public static DataFrame Specs(IEnumerable<ExperimentSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var list = specs.ToArray();
        return new DataFrame(
            new StringDataFrameColumn("spec id", list.Select(s => s.Id)),
            new StringDataFrameColumn("method", list.Select(Model)),
            new StringDataFrameColumn("benchmark", list.Select(s => s.Benchmark.Name)),
            new StringDataFrameColumn("stream", list.Select(s => s.Stream.ToString().ToLowerInvariant())),
            new StringDataFrameColumn("training formats", list.Select(s => string.Join(" + ", s.TrainingFormats))),
            new StringDataFrameColumn("evaluation formats", list.Select(s => string.Join(", ", s.EvaluationFormats))),
            new StringDataFrameColumn("augmentations", list.Select(s => s.Augmentations ? "yes" : "no")),
            new StringDataFrameColumn("budget", list.Select(s => s.Budget.Label)),
            new Int64DataFrameColumn("seed", list.Select(s => (long)s.Seed)));
    }

    /// <summary>Finished experiments: <c>spec id, method, stream, training formats, top-1 (%)</c> (primary classifier),
    /// <c>‡ ensemble top-1 (%)</c> (null with one format), <c>key cosine</c> (the keys' mean cosine in the last pretraining
    /// epoch, near 1 when the embedding collapsed; null for a baseline or an older result), <c>pretrain s, evaluation s</c>
    /// (as recorded when it ran).</summary>
    public static DataFrame Results(IEnumerable<(ExperimentSpec Spec, ExperimentResult Result)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToArray();
        return new DataFrame(
            new StringDataFrameColumn("spec id", list.Select(r => r.Spec.Id)),
            new StringDataFrameColumn("method", list.Select(r => Model(r.Spec))),
            new StringDataFrameColumn("stream", list.Select(r => r.Spec.Stream.ToString().ToLowerInvariant())),
            new StringDataFrameColumn("training formats", list.Select(r => string.Join(" + ", r.Spec.TrainingFormats))),
            new DoubleDataFrameColumn("top-1 (%)", list.Select(r => (double?)Math.Round(100 * r.Result.Top1, 2))),
            new DoubleDataFrameColumn("‡ ensemble top-1 (%)", list.Select(r => r.Result.EnsembleTop1 is { } e ? Math.Round(100 * e, 2) : (double?)null)),
            new DoubleDataFrameColumn("key cosine", list.Select(r => r.Result.KeyCosine is { } c ? Math.Round(c, 3) : (double?)null)),
            new DoubleDataFrameColumn("pretrain s", list.Select(r => (double?)Math.Round(r.Result.PretrainSeconds, 1))),
            new DoubleDataFrameColumn("evaluation s", list.Select(r => (double?)Math.Round(r.Result.EvaluationSeconds, 1))));
    }

    /// <summary>The paper's name for the method: MS- for several training formats, "no aug." without augmentations; a
    /// baseline's own label (<see cref="Experiments.Baselines.BaselineKinds.Label"/>).</summary>
    public static string Model(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Baseline is { } baseline)
        {
            // A baseline's spec keeps a method only to share the experiment's fields; it trains no such method.
            return Experiments.Baselines.BaselineKinds.Label(baseline);
        }

        var name = spec.Method == Training.Pretraining.PretrainMethod.AimClr ? "AimCLR" : "SkeletonCLR";
        return (spec.TrainingFormats.Count > 1 ? "MS-" : "") + name + (spec.Augmentations ? "" : ", no aug.");
    }
}
