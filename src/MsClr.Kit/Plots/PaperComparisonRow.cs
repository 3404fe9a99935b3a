using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments.Paper;

namespace MsClr.Kit.Plots;

/// <summary>One row of a paper table drawn by <see cref="PaperComparisonChart"/>.</summary>
/// <param name="Label">Short row label on the category axis, e.g. <c>MS-AimCLR (j)</c>; labels must be distinct.</param>
/// <param name="Ours">Our top-1 accuracy in percent, or <c>null</c> when not measured yet.</param>
/// <param name="Paper">The paper's top-1 accuracy in percent, or <c>null</c> when the paper reports none.</param>
/// <param name="Detail">The full row and column names, shown in the hover text (null: the label).</param>
public sealed record PaperComparisonRow(string Label, double? Ours, double? Paper, string? Detail = null)
{
    /// <summary>Labels longer than this are replaced by a short name built from the entry's measurement.</summary>
    public const int LongLabel = 28;

    /// <summary>Ours minus paper in percentage points, when both are known.</summary>
    public double? Difference => Ours is { } ours && Paper is { } paper ? ours - paper : null;

    /// <summary>
    /// One row per line of a <see cref="PaperTableView"/> frame of <paramref name="table"/>. The label is the paper's row
    /// name, or, when longer than <see cref="LongLabel"/>, a short one from the measurement (e.g. Table 4's
    /// <c>augmentations ✗ · multi-skeleton ✓ · ensemble ✗</c> becomes <c>MS-AimCLR, no aug. (j)</c>); a row shown under
    /// several columns gets the column's reading appended. The full row and column go into <see cref="Detail"/>.
    /// </summary>
    public static IReadOnlyList<PaperComparisonRow> FromView(PaperTable table, DataFrame view)
    {
        ArgumentNullException.ThrowIfNull(table);
        var entries = table.Entries.ToDictionary(e => (e.Row, e.Column));
        var lines = PaperTableView.Lines(view);
        var labels = lines.Select(l => Short(entries[(l.Row, l.Column)])).ToArray();
        var repeated = labels.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return lines.Select((l, i) => new PaperComparisonRow(
            repeated.Contains(labels[i]) ? $"{labels[i]} · {Reading(l.Column)}" : labels[i], l.Ours, l.Paper, $"{l.Row}, {l.Column}")).ToArray();
    }

    private static string Short(PaperEntry entry)
    {
        if (entry.Row.Length <= LongLabel || entry.Measurement is not { } m)
        {
            return entry.Row;
        }

        var model = (m.TrainingFormats.Count > 1 ? "MS-" : "") + (m.Method == Training.Pretraining.PretrainMethod.AimClr ? "AimCLR" : "SkeletonCLR");
        return $"{(m.IsFusion ? "3s-" : "")}{model}{(m.Augmentations ? "" : ", no aug.")}{(m.Ensemble ? " ‡" : "")} ({PaperTables.StreamTag(m.Streams)})";
    }

    // "NTU-60 xsub (printed header)" reads as "printed header"; a column without a parenthesis is its own reading.
    private static string Reading(string column)
    {
        var open = column.IndexOf('(', StringComparison.Ordinal);
        return open >= 0 && column.EndsWith(')') ? column[(open + 1)..^1] : column;
    }
}
