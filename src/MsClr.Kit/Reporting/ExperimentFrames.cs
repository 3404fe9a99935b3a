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

    /// <summary>The budget study's lines (<see cref="Experiments.Study.BudgetStudy.Lines"/>), one row each: <c>factor,
    /// level, n</c> (seeds found), <c>top-1 (%)</c> (mean over them), <c>± (points)</c> (half the 95 % t interval; null
    /// with fewer than two seeds), <c>key cosine</c>, <c>− base (points)</c> (the paired difference's mean), <c>low,
    /// high</c> (its 95 % interval), <c>verdict</c> and <c>corrected</c> (after Holm's correction); the base's comparison
    /// cells are null or empty.</summary>
    public static DataFrame Study(IEnumerable<Experiments.Study.BudgetStudy.Line> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToArray();
        static double? Round(double? value, int decimals) => value is { } v && double.IsFinite(v) ? Math.Round(v, decimals) : null;
        return new DataFrame(
            new StringDataFrameColumn("factor", list.Select(l => l.Factor)),
            new StringDataFrameColumn("level", list.Select(l => l.Level)),
            new Int32DataFrameColumn("n", list.Select(l => (int?)l.Summary.N)),
            new DoubleDataFrameColumn("top-1 (%)", list.Select(l => l.Summary.N == 0 ? null : Round(l.Summary.Mean, 1))),
            new DoubleDataFrameColumn("± (points)", list.Select(l => Round(l.Summary.HalfWidth, 1))),
            new DoubleDataFrameColumn("key cosine", list.Select(l => Round(l.KeyCosine, 3))),
            new DoubleDataFrameColumn("− base (points)", list.Select(l => l.Comparison is { Difference.N: > 0 } c ? Round(c.Difference.Mean, 1) : null)),
            new DoubleDataFrameColumn("low", list.Select(l => Round(l.Comparison?.Difference.Low, 1))),
            new DoubleDataFrameColumn("high", list.Select(l => Round(l.Comparison?.Difference.High, 1))),
            new StringDataFrameColumn("verdict", list.Select(l => l.Comparison?.VerdictText ?? "")),
            new StringDataFrameColumn("corrected", list.Select(l => l.CorrectedVerdict)));
    }

    /// <summary>Attribute probes (<see cref="AttributeProbeEvaluation"/>), one row each: <c>spec id, method, attribute</c> (subject
    /// or view), <c>classes</c> (its distinct values), <c>train / test clips</c>, <c>top-1 (%)</c> and <c>chance (%)</c>
    /// (1 / classes).</summary>
    public static DataFrame AttributeProbes(IEnumerable<(ExperimentSpec Spec, ProbedAttribute Attribute, Evaluation.AttributeProbeResult Result)> probes)
    {
        ArgumentNullException.ThrowIfNull(probes);
        var list = probes.ToArray();
        return new DataFrame(
            new StringDataFrameColumn("spec id", list.Select(p => p.Spec.Id)),
            new StringDataFrameColumn("method", list.Select(p => Model(p.Spec))),
            new StringDataFrameColumn("attribute", list.Select(p => p.Attribute.Name())),
            new Int32DataFrameColumn("classes", list.Select(p => (int?)p.Result.Classes)),
            new StringDataFrameColumn("train / test clips", list.Select(p => $"{p.Result.TrainClips} / {p.Result.TestClips}")),
            new DoubleDataFrameColumn("top-1 (%)", list.Select(p => (double?)Math.Round(100 * p.Result.Top1, 1))),
            new DoubleDataFrameColumn("chance (%)", list.Select(p => (double?)Math.Round(100 * p.Result.Chance, 1))));
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
