using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Evaluation;

namespace MsClr.Kit.Reporting;

/// <summary>
/// Per-class top-1 of a baseline and ours on the same test clips, and the gain, as Figure 5 of the paper reads it: one
/// row per class that has test clips, largest gain first (ties keep class order), in percent.
/// </summary>
public sealed class PerClassGains
{
    private PerClassGains(IReadOnlyList<PerClassGain> rows) => Rows = rows;

    /// <summary>The classes with test clips, largest gain first.</summary>
    public IReadOnlyList<PerClassGain> Rows { get; }

    /// <summary>The gains of <paramref name="ours"/> over <paramref name="baseline"/> per synthetic class.</summary>
    /// <exception cref="ArgumentException">The metrics do not have one accuracy per class of <paramref name="classes"/>.</exception>
    public static PerClassGains Of(ClassificationMetrics baseline, ClassificationMetrics ours, IReadOnlyList<SyntheticAction> classes)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(classes);
        if (baseline.PerClassAccuracy.Length != classes.Count || ours.PerClassAccuracy.Length != classes.Count)
        {
            throw new ArgumentException($"expected {classes.Count} classes on both sides, got {baseline.PerClassAccuracy.Length} and {ours.PerClassAccuracy.Length}", nameof(classes));
        }

        var rows = Enumerable.Range(0, classes.Count)
            .Where(c => !double.IsNaN(baseline.PerClassAccuracy[c]) && !double.IsNaN(ours.PerClassAccuracy[c]))
            .Select(c => new PerClassGain(classes[c], Clips(baseline, c), 100 * baseline.PerClassAccuracy[c], 100 * ours.PerClassAccuracy[c]))
            .OrderByDescending(r => r.Gain)
            .ToArray();
        return new PerClassGains(rows);
    }

    /// <summary><c>class, kind, test clips, {baselineName} (%), {oursName} (%), gain (points)</c>, rounded to 2 decimals.</summary>
    public DataFrame Table(string baselineName = "baseline", string oursName = "ours") => new(
        new StringDataFrameColumn("class", Rows.Select(r => r.Action.Name)),
        new StringDataFrameColumn("kind", Rows.Select(r => KindName(r.Action.Kind))),
        new Int64DataFrameColumn("test clips", Rows.Select(r => r.Clips)),
        new DoubleDataFrameColumn($"{baselineName} (%)", Rows.Select(r => Math.Round(r.Baseline, 2))),
        new DoubleDataFrameColumn($"{oursName} (%)", Rows.Select(r => Math.Round(r.Ours, 2))),
        new DoubleDataFrameColumn("gain (points)", Rows.Select(r => Math.Round(r.Gain, 2))));

    /// <summary>Mean gain per kind of class (full body, fine-grained hand/head, interaction): <c>kind, classes, mean gain (points)</c>.</summary>
    public DataFrame ByKind()
    {
        var kinds = Rows.GroupBy(r => r.Action.Kind).OrderBy(g => g.Key).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("kind", kinds.Select(k => KindName(k.Key))),
            new Int32DataFrameColumn("classes", kinds.Select(k => k.Count())),
            new DoubleDataFrameColumn("mean gain (points)", kinds.Select(k => Math.Round(k.Average(r => r.Gain), 2))));
    }

    /// <summary>One sentence naming the three classes that gain most and the three that drop most, with their gains.</summary>
    public string Summary()
    {
        static string List(IEnumerable<PerClassGain> picked) =>
            string.Join(", ", picked.Select(r => FormattableString.Invariant($"{r.Action.Name} ({r.Gain:+0.0;-0.0;0.0} points)")));
        var drops = Rows.Where(r => r.Gain < 0).Reverse().Take(3).ToArray();
        return $"Largest gains: {List(Rows.Where(r => r.Gain > 0).Take(3))}; "
            + (drops.Length > 0 ? $"largest drops: {List(drops)}." : "no class drops.")
            + $" ({Rows.Count} classes with test clips.)";
    }

    /// <summary>A readable name for a kind of class.</summary>
    public static string KindName(SyntheticActionKind kind) => kind switch
    {
        SyntheticActionKind.FullBody => "full body",
        SyntheticActionKind.FineGrained => "fine-grained hand/head",
        SyntheticActionKind.Interaction => "two-person interaction",
        SyntheticActionKind.TemporalStructure => "order, direction or rhythm",
        _ => kind.ToString(),
    };

    private static long Clips(ClassificationMetrics metrics, int label)
    {
        long total = 0;
        for (var p = 0; p < metrics.Confusion.GetLength(1); p++)
        {
            total += metrics.Confusion[label, p];
        }

        return total;
    }
}

/// <summary>One class of <see cref="PerClassGains"/>, accuracies in percent.</summary>
/// <param name="Action">The class.</param>
/// <param name="Clips">Its test clips.</param>
/// <param name="Baseline">The baseline's top-1 on them (%).</param>
/// <param name="Ours">Our top-1 on them (%).</param>
public sealed record PerClassGain(SyntheticAction Action, long Clips, double Baseline, double Ours)
{
    /// <summary>Ours − baseline, in percentage points.</summary>
    public double Gain => Ours - Baseline;
}
