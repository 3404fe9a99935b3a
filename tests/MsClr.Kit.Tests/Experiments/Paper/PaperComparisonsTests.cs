using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Statistics;

namespace MsClr.Kit.Tests.Experiments.Paper;

public sealed class PaperComparisonsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-comparisons-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private void Record(ResultsStore store, PaperTable table, string row, params double[] top1BySeed)
    {
        var entry = table.Entries.First(e => e.Row == row && e.Benchmark == ReproducePlan.Column);
        for (var i = 0; i < top1BySeed.Length; i++)
        {
            var spec = entry.Specs(Budget.Smoke, useSynthetic: true, (ulong)(i + 1)).Single();
            store.Append(spec, new ExperimentResult(spec.Id, top1BySeed[i], 0.9, top1BySeed[i], top1BySeed[i] + 0.01,
                spec.EvaluationFormats.ToDictionary(f => f, _ => top1BySeed[i]), 1, 1), "abc");
        }
    }

    private IReadOnlyList<ComparisonLine> Measure(ResultsStore store, PaperTable table) =>
        PaperComparisons.Measure(table, store.Load(), ReproducePlan.Column, Budget.Smoke, useSynthetic: true, [1UL, 2UL, 3UL]);

    [Fact]
    public void Measure_MultiSkeletonAboveSingleOnEverySeed_IsBetterInPoints()
    {
        var store = new ResultsStore(_root);
        Record(store, PaperTables.Table1, "AimCLR (j)", 0.50, 0.70, 0.60);
        Record(store, PaperTables.Table1, "MS-AimCLR (j)", 0.55, 0.76, 0.64);

        var line = Measure(store, PaperTables.Table1).Single(l => l.Comparison.Row == "MS-AimCLR (j)");

        Assert.Equal("MS-AimCLR (j) − AimCLR (j)", line.Label);
        Assert.Equal(3, line.Result.Difference.N);
        Assert.Equal(5.0, line.Result.Difference.Mean, 9);
        Assert.Equal("better", line.Result.VerdictText);
        Assert.Equal("paper's direction reproduced", line.Reading);
    }

    [Fact]
    public void Measure_WithoutAugmentationsClearlyAbove_IsWorseForTheAugmentedRow()
    {
        var store = new ResultsStore(_root);
        Record(store, PaperTables.Table4, "augmentations ✗ · multi-skeleton ✓ · ensemble ✗", 0.80, 0.82, 0.81);
        Record(store, PaperTables.Table4, "augmentations ✓ · multi-skeleton ✓ · ensemble ✗", 0.40, 0.45, 0.41);

        var line = Measure(store, PaperTables.Table4).Single(l => l.Comparison.Kind == "with − without augmentations");

        Assert.Equal(ComparisonVerdict.Worse, line.Result.Verdict);
        Assert.Equal("paper's direction reversed", line.Reading);
    }

    [Fact]
    public void Measure_OverlappingFormats_AreNotDistinguishable()
    {
        var store = new ResultsStore(_root);
        Record(store, PaperTables.Figure4, "{K}", 0.60, 0.50, 0.55);
        Record(store, PaperTables.Figure4, "{K, SMPL-X}", 0.50, 0.60, 0.60);

        var line = Measure(store, PaperTables.Figure4).Single(l => l.Comparison.Row == "{K, SMPL-X}" && l.Comparison.Against[0] == "{K}");

        Assert.Equal("not distinguishable at n = 3", line.Result.VerdictText);
        // Rows without results give lines with no paired seeds, not errors.
        Assert.Equal("no paired seeds", Measure(store, PaperTables.Figure4).Single(l => l.Comparison.Row == "{K, SMPL}").Result.VerdictText);
    }

    [Fact]
    public void Measure_FusionAgainstStreams_PicksTheStreamWithTheHighestMean()
    {
        var store = new ResultsStore(_root);
        Record(store, PaperTables.Table1, "AimCLR (j)", 0.50, 0.52, 0.51);
        Record(store, PaperTables.Table1, "AimCLR (m)", 0.70, 0.72, 0.71);
        Record(store, PaperTables.Table1, "AimCLR (b)", 0.60, 0.62, 0.61);

        var line = Measure(store, PaperTables.Table1).Single(l => l.Comparison.Kind == "fusion − best stream" && l.Comparison.Row == "3s-AimCLR (j+m+b)");

        Assert.Equal("AimCLR (m)", line.Against);
        Assert.Equal("3s-AimCLR (j+m+b) − AimCLR (m) (best of 3)", line.Label);
        // No fusion recorded: nothing to pair.
        Assert.Equal(0, line.Result.Difference.N);
    }

    [Fact]
    public void For_EveryComparedRow_IsARowOfItsTable()
    {
        foreach (var table in ReproducePlan.Tables)
        {
            var rows = table.Entries.Where(e => e.Benchmark == ReproducePlan.Column && e.IsMeasured).Select(e => e.Row).ToHashSet();
            var comparisons = PaperComparisons.For(table);
            Assert.NotEmpty(comparisons);
            Assert.All(comparisons, c => Assert.Contains(c.Row, rows));
            Assert.All(comparisons.SelectMany(c => c.Against), r => Assert.Contains(r, rows));
        }
    }
}
