using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;
using Plotly.NET;

namespace MsClr.Kit.Teaching;

/// <summary>
/// Figure 5 of the paper (per-class gains of the multi-skeleton model) in one call per step. The paper compares
/// 3s-MS-CrosSCLR with 3s-CrosSCLR; the kit has no CrosSCLR, so it compares 3s-MS-AimCLR with 3s-AimCLR: Table 1's
/// six experiments (reused), fused over joint, motion and bone from their saved score files, Kinect v2 classifier, per
/// synthetic class.
/// </summary>
public static class PerClassTour
{
    /// <summary>What the paper says of Figure 5 (no numbers are printed): <c>class</c>, <c>paper's reading</c>.</summary>
    public static DataFrame PaperReading() => new(
        new StringDataFrameColumn("class", PaperTables.Figure5.Entries.Select(e => e.Row)),
        new StringDataFrameColumn("paper's reading", PaperTables.Figure5.Entries.Select(e => e.Note ?? "")));

    /// <summary>
    /// One row per synthetic class, largest gain first: <c>class</c>, <c>kind</c>, <c>test clips</c>,
    /// <c>3s-AimCLR (%)</c>, <c>3s-MS-AimCLR (%)</c>, <c>gain (points)</c>; running or reusing Table 1's experiments.
    /// Classes without test clips are left out.
    /// </summary>
    public static DataFrame Table(Budget budget) => Table(Run(budget), budget);

    /// <summary>Mean gain per kind of class (full body, fine-grained hand/head, interaction): <c>kind</c>, <c>classes</c>, <c>mean gain (points)</c>.</summary>
    public static DataFrame ByKind(Budget budget) => ByKind(Run(budget), budget);

    /// <summary>The per-class gains as <see cref="PerClassDeltaChart"/> bars (green gain, red drop), largest first.</summary>
    public static GenericChart Chart(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var (baseline, ours) = Metrics(Run(budget), budget);
        return PerClassDeltaChart.Build(
            ClassNames(baseline.PerClassAccuracy.Length), baseline, ours,
            $"Figure 5 (kit): per-class top-1 gain of 3s-MS-AimCLR over 3s-AimCLR (synthetic, {budget.Name} budget)");
    }

    /// <summary>One sentence naming the three classes that gain most and the three that drop most, with their gains.</summary>
    public static string Summary(Budget budget) => Summary(Run(budget), budget);

    /// <summary><see cref="Table(Budget)"/> from the score files under <paramref name="runsRoot"/> (experiments already run).</summary>
    internal static DataFrame Table(string runsRoot, Budget budget)
    {
        var rows = Gains(runsRoot, budget);
        return new DataFrame(
            new StringDataFrameColumn("class", rows.Select(r => r.Action.Name)),
            new StringDataFrameColumn("kind", rows.Select(r => Kind(r.Action.Kind))),
            new Int64DataFrameColumn("test clips", rows.Select(r => r.Clips)),
            new DoubleDataFrameColumn("3s-AimCLR (%)", rows.Select(r => Math.Round(r.Baseline, 2))),
            new DoubleDataFrameColumn("3s-MS-AimCLR (%)", rows.Select(r => Math.Round(r.Ours, 2))),
            new DoubleDataFrameColumn("gain (points)", rows.Select(r => Math.Round(r.Gain, 2))));
    }

    /// <summary><see cref="ByKind(Budget)"/> from the score files under <paramref name="runsRoot"/>.</summary>
    internal static DataFrame ByKind(string runsRoot, Budget budget)
    {
        var kinds = Gains(runsRoot, budget).GroupBy(r => r.Action.Kind).OrderBy(g => g.Key).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("kind", kinds.Select(k => Kind(k.Key))),
            new Int32DataFrameColumn("classes", kinds.Select(k => k.Count())),
            new DoubleDataFrameColumn("mean gain (points)", kinds.Select(k => Math.Round(k.Average(r => r.Gain), 2))));
    }

    /// <summary><see cref="Summary(Budget)"/> from the score files under <paramref name="runsRoot"/>.</summary>
    internal static string Summary(string runsRoot, Budget budget)
    {
        var rows = Gains(runsRoot, budget);
        static string List(IEnumerable<(SyntheticAction Action, long Clips, double Baseline, double Ours, double Gain)> picked) =>
            string.Join(", ", picked.Select(r => FormattableString.Invariant($"{r.Action.Name} ({r.Gain:+0.0;-0.0;0.0} points)")));
        var drops = rows.Where(r => r.Gain < 0).Reverse().Take(3).ToArray();
        return $"Largest gains of 3s-MS-AimCLR over 3s-AimCLR: {List(rows.Where(r => r.Gain > 0).Take(3))}; "
            + (drops.Length > 0 ? $"largest drops: {List(drops)}." : "no class drops.")
            + $" ({rows.Length} classes with test clips, synthetic data, {budget.Name} budget.)";
    }

    /// <summary>Per class with test clips, largest gain first (ties keep class order): accuracies and gain in %.</summary>
    internal static (SyntheticAction Action, long Clips, double Baseline, double Ours, double Gain)[] Gains(string runsRoot, Budget budget)
    {
        var (baseline, ours) = Metrics(runsRoot, budget);
        var names = ClassNames(baseline.PerClassAccuracy.Length);
        return Enumerable.Range(0, names.Count)
            .Where(c => !double.IsNaN(baseline.PerClassAccuracy[c]) && !double.IsNaN(ours.PerClassAccuracy[c]))
            .Select(c => (SyntheticActions.All[c], Clips(baseline, c), 100 * baseline.PerClassAccuracy[c], 100 * ours.PerClassAccuracy[c],
                100 * (ours.PerClassAccuracy[c] - baseline.PerClassAccuracy[c])))
            .OrderByDescending(r => r.Item5)
            .ToArray();
    }

    /// <summary>The fused metrics of 3s-AimCLR (baseline) and 3s-MS-AimCLR (ours) on Table 1's xsub column at <paramref name="budget"/>.</summary>
    internal static (ClassificationMetrics Baseline, ClassificationMetrics Ours) Metrics(string runsRoot, Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var fused = PaperTour.Table1Column.Measured.Where(e => e.Measurement!.IsFusion && !e.Measurement.Ensemble).ToArray();
        ClassificationMetrics Of(bool multi)
        {
            var entry = fused.Single(e => (e.Measurement!.TrainingFormats.Count > 1) == multi);
            return ScoreFileFusion.Metrics(runsRoot, entry.Measurement!, entry.Specs(budget, useSynthetic: true).Select(s => s.Id).ToArray());
        }

        return (Of(multi: false), Of(multi: true));
    }

    private static string Run(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        TourRuns.Run(PaperTour.Specs(budget));
        return KitEnvironment.RunsRoot;
    }

    private static IReadOnlyList<string> ClassNames(int classes) =>
        classes == SyntheticActions.Count
            ? SyntheticActions.All.Select(a => a.Name).ToArray()
            : throw new InvalidDataException($"score files have {classes} classes; expected the {SyntheticActions.Count} synthetic classes");

    private static long Clips(ClassificationMetrics metrics, int label)
    {
        long total = 0;
        for (var p = 0; p < metrics.Confusion.GetLength(1); p++)
        {
            total += metrics.Confusion[label, p];
        }

        return total;
    }

    private static string Kind(SyntheticActionKind kind) => kind switch
    {
        SyntheticActionKind.FullBody => "full body",
        SyntheticActionKind.FineGrained => "fine-grained hand/head",
        SyntheticActionKind.Interaction => "two-person interaction",
        _ => kind.ToString(),
    };
}
