using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Statistics;
using MsClr.Kit.Data;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// The comparisons the paper makes in the tables <c>msclr reproduce</c> measures (MS − single format, with − without
/// augmentations, more formats − fewer, fusion − best stream, ensemble − primary classifier), and their paired
/// differences over seeds read from the results store.
/// </summary>
public static class PaperComparisons
{
    private const string Ms = "MS − single format";

    /// <summary>The comparisons within <paramref name="table"/> (empty for tables without measured comparisons).</summary>
    public static IReadOnlyList<PaperComparison> For(PaperTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Name switch
        {
            "Table 1" =>
            [
                new("Table 1", Ms, "MS-AimCLR (j)", ["AimCLR (j)"]),
                new("Table 1", Ms, "MS-AimCLR (m)", ["AimCLR (m)"]),
                new("Table 1", Ms, "MS-AimCLR (b)", ["AimCLR (b)"]),
                new("Table 1", Ms, "3s-MS-AimCLR (j+m+b)", ["3s-AimCLR (j+m+b)"]),
                new("Table 1", "fusion − best stream", "3s-AimCLR (j+m+b)", ["AimCLR (j)", "AimCLR (m)", "AimCLR (b)"]),
                new("Table 1", "fusion − best stream", "3s-MS-AimCLR (j+m+b)", ["MS-AimCLR (j)", "MS-AimCLR (m)", "MS-AimCLR (b)"]),
                new("Table 1", "ensemble − primary classifier", "3s-MS-AimCLR ‡ (j+m+b)", ["3s-MS-AimCLR (j+m+b)"]),
            ],
            "Table 4" =>
            [
                new("Table 4", Ms, "augmentations ✓ · multi-skeleton ✓ · ensemble ✗", ["augmentations ✓ · multi-skeleton ✗ · ensemble ✗"]),
                new("Table 4", "with − without augmentations", "augmentations ✓ · multi-skeleton ✓ · ensemble ✗", ["augmentations ✗ · multi-skeleton ✓ · ensemble ✗"]),
                new("Table 4", "ensemble − primary classifier", "augmentations ✓ · multi-skeleton ✓ · ensemble ✓", ["augmentations ✓ · multi-skeleton ✓ · ensemble ✗"]),
            ],
            "Figure 4" =>
            [
                new("Figure 4", "more formats − fewer", "{K, SMPL-X}", ["{K}"]),
                new("Figure 4", "more formats − fewer", "{K, SMPL-X, MHAD}", ["{K, SMPL-X}"]),
                new("Figure 4", "more formats − fewer", "{K, SMPL-X, MHAD, SMPL}", ["{K, SMPL-X, MHAD}"]),
                new("Figure 4", "more formats − fewer", "{K, MHAD}", ["{K}"]),
                new("Figure 4", "more formats − fewer", "{K, SMPL}", ["{K}"]),
            ],
            _ => [],
        };
    }

    /// <summary>
    /// Every comparison of <paramref name="table"/> in <paramref name="column"/>, measured from <paramref name="rows"/>:
    /// per seed A − B in points, paired over the seeds both arms have. A best-of comparison picks arm B by its mean over
    /// the seeds. Comparisons whose rows are not in the column are left out.
    /// </summary>
    /// <param name="table">The paper table.</param>
    /// <param name="rows">The results store's rows.</param>
    /// <param name="column">The paper column the entries are read in (<see cref="ReproducePlan.Column"/> for reproduce).</param>
    /// <param name="budget">The budget of the runs.</param>
    /// <param name="useSynthetic">Whether they ran on the synthetic stand-in.</param>
    /// <param name="seeds">The seeds to pair over.</param>
    public static IReadOnlyList<ComparisonLine> Measure(PaperTable table, IReadOnlyList<ResultRow> rows, Benchmark column, Budget budget, bool useSynthetic, IReadOnlyList<ulong> seeds)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(seeds);
        PaperEntry? Entry(string row) => table.Entries.FirstOrDefault(e => e.Row == row && e.Benchmark == column && e.IsMeasured);
        IReadOnlyDictionary<ulong, double> Percent(PaperEntry entry) =>
            EntryValues.BySeed(rows, entry, budget, useSynthetic, seeds).ToDictionary(p => p.Key, p => 100 * p.Value);

        var lines = new List<ComparisonLine>();
        foreach (var comparison in For(table))
        {
            var against = comparison.Against.Select(r => (Row: r, Entry: Entry(r))).ToArray();
            if (Entry(comparison.Row) is not { } a || against.Any(b => b.Entry is null))
            {
                continue;
            }

            var arms = against.Select(b => (b.Row, Values: Percent(b.Entry!))).ToArray();
            var best = arms.OrderByDescending(b => b.Values.Count == 0 ? double.NegativeInfinity : b.Values.Values.Average()).First();
            lines.Add(new ComparisonLine(comparison, best.Row, PairedComparison.Of(Percent(a), best.Values)));
        }

        return lines;
    }
}
