using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments.Paper;

public class PaperTablesTests
{
    private static double? Value(PaperTable table, string row, string column) =>
        table.Entries.Single(e => e.Row == row && e.Column == column).Paper;

    [Theory]
    [InlineData("MS-AimCLR (b)", "NTU-120 xsub", 64.0)]
    [InlineData("3s-MS-AimCLR ‡ (j+m+b)", "NTU-60 xview", 94.2)]
    [InlineData("AimCLR (j)", "NTU-60 xview", 79.7)]
    [InlineData("AimCLR (m)", "NTU-120 xset", 54.4)]
    [InlineData("MS-AimCLR (m)", "NTU-60 xsub", 73.1)]
    [InlineData("3s-AimCLR (j+m+b)", "NTU-120 xsub", 68.2)]
    [InlineData("3s-MS-AimCLR (j+m+b)", "NTU-120 xset", 70.1)]
    [InlineData("3s-MS-AimCLR ‡ (j+m+b)", "NTU-120 xsub", 75.3)]
    public void Table1_PrintedCell_EqualsPaperResults(string row, string column, double expected)
    {
        Assert.Equal(expected, Value(PaperTables.Table1, row, column));
    }

    [Fact]
    public void Table1_AllCells_EqualPaperResultsInPrintedOrder()
    {
        // Typed again from paper-results.md (rows in printed order; columns NTU60 xview, xsub, NTU120 xset, xsub).
        double[] expected =
        [
            79.7, 74.3, 63.4, 63.4, 83.0, 76.1, 67.6, 63.9, 70.6, 66.8, 54.4, 57.3, 80.4, 73.1, 62.6, 60.7,
            77.0, 73.2, 63.4, 62.9, 82.2, 76.1, 67.3, 64.0, 83.8, 78.9, 68.8, 68.2, 86.7, 80.9, 70.1, 68.3, 94.2, 88.0, 75.1, 75.3,
        ];

        Assert.Equal(expected, PaperTables.Table1.Entries.Select(e => e.Paper!.Value));
        Assert.Equal(
            ["NTU-60 xview", "NTU-60 xsub", "NTU-120 xset", "NTU-120 xsub"],
            PaperTables.Table1.Entries.Take(4).Select(e => e.Column));
    }

    [Fact]
    public void Table1_EveryRow_HasFourColumnsWithSourcesAndMeasurements()
    {
        var entries = PaperTables.Table1.Entries;

        Assert.Equal(36, entries.Count);
        Assert.All(entries, e => Assert.NotNull(e.Paper));
        Assert.All(entries, e => Assert.StartsWith("Table 1, column NTU", e.Source));
        Assert.All(entries, e => Assert.True(e.IsMeasured));
        Assert.Equal(36, entries.Select(e => (e.Row, e.Column)).Distinct().Count());
    }

    [Fact]
    public void Table1_Measurements_FollowTheRowKinds()
    {
        var table = PaperTables.Table1;
        PaperMeasurement M(string row) => table.Entries.First(e => e.Row == row).Measurement!;

        Assert.Equal([SkeletonFormats.NtuRgbD.Name], M("AimCLR (j)").TrainingFormats);
        Assert.Equal([SkeletonFormats.NtuRgbD.Name, SkeletonFormats.SmplX42.Name], M("MS-AimCLR (j)").TrainingFormats);
        Assert.Equal("top1", M("MS-AimCLR (j)").Metric);
        Assert.Equal("ensemble_top1", M("3s-MS-AimCLR ‡ (j+m+b)").Metric);
        Assert.Equal([InputStream.Joint, InputStream.Motion, InputStream.Bone], M("3s-AimCLR (j+m+b)").Streams);
        Assert.True(M("3s-MS-AimCLR (j+m+b)").IsFusion);
    }

    [Fact]
    public void Tables2And3_OtherMethods_HaveNoSpecAndOwnRowsDo()
    {
        foreach (var table in new[] { PaperTables.Table2, PaperTables.Table3 })
        {
            var ours = new[] { "AimCLR", "MS-AimCLR ‡", "3s-AimCLR", "3s-MS-AimCLR ‡" };
            var others = table.Entries.Where(e => !ours.Contains(e.Row)).ToArray();
            Assert.NotEmpty(others);
            Assert.All(others, e => Assert.Null(e.Measurement));
            Assert.All(others, e => Assert.Empty(e.Specs(Budget.Smoke, useSynthetic: true)));
            Assert.All(table.Entries.Where(e => ours.Contains(e.Row)), e => Assert.NotEmpty(e.Specs(Budget.Smoke, useSynthetic: true)));
        }

        Assert.Null(Value(PaperTables.Table2, "SeBiReNet", "NTU-60 xsub"));
        Assert.Equal(93.2, Value(PaperTables.Table2, "MS-AimCLR ‡", "NTU-60 xview"));
        Assert.Equal(48.6, Value(PaperTables.Table3, "AS-CAL", "NTU-120 xsub"));
        Assert.Equal(75.7, Value(PaperTables.Table3, "3s-ActCLR", "NTU-120 xset"));
    }

    [Fact]
    public void Table4_EveryCell_KeepsBothHeaderReadings()
    {
        var row = "augmentations ✓ · multi-skeleton ✗ · ensemble ✗";
        var cells = PaperTables.Table4.Entries.Where(e => e.Row == row).ToArray();

        Assert.Equal(16, PaperTables.Table4.Entries.Count);
        Assert.Equal(79.7, cells.Single(e => e.Column == "NTU-60 xsub (printed header)").Paper);
        Assert.Equal(79.7, cells.Single(e => e.Column == "NTU-60 xview (Table 1 order)").Paper);
        Assert.Equal(74.3, cells.Single(e => e.Column == "NTU-60 xview (printed header)").Paper);
        Assert.Equal(74.3, cells.Single(e => e.Column == "NTU-60 xsub (Table 1 order)").Paper);
        Assert.Equal(Benchmark.Ntu60CrossView, cells.Single(e => e.Column == "NTU-60 xview (Table 1 order)").Benchmark);
    }

    [Fact]
    public void Table4_NoAugmentationRow_RunsAsItsOwnSpecNotAsTheAugmentedOne()
    {
        var row = PaperTables.Table4.Entries.First(e => e.Row.StartsWith("augmentations ✗", StringComparison.Ordinal));
        var augmented = PaperTables.Table4.Entries.First(e => e.Row.StartsWith("augmentations ✓ · multi-skeleton ✓", StringComparison.Ordinal));

        Assert.Equal(53.2, row.Paper);
        var spec = Assert.Single(row.Specs(Budget.Quick, useSynthetic: true));
        Assert.False(spec.Augmentations);
        Assert.Contains("-noaug-", spec.Id);
        Assert.DoesNotContain(spec.Id, augmented.Specs(Budget.Quick, useSynthetic: true).Select(s => s.Id));
    }

    [Fact]
    public void Figures_PrintNoNumbersAndFigure4ListsTheFormatSets()
    {
        Assert.All(PaperTables.Figure4.Entries.Concat(PaperTables.Figure5.Entries), e => Assert.Null(e.Paper));
        var sets = PaperTables.Figure4.Entries.Select(e => e.Measurement!.TrainingFormats.Count).ToArray();
        Assert.Equal([1, 2, 3, 4, 2, 2], sets);
        Assert.Contains(PaperTables.Figure4.Entries, e => e.Row == "{K, SMPL-X, MHAD, SMPL}");
    }

    [Fact]
    public void Specs_SameCallTwice_HaveStableDistinctIds()
    {
        foreach (var table in PaperTables.All)
        {
            var first = table.Specs(Budget.Quick, useSynthetic: true).Select(s => s.Id).ToArray();
            var again = table.Specs(Budget.Quick, useSynthetic: true).Select(s => s.Id).ToArray();
            Assert.Equal(first, again);
            Assert.Equal(first.Length, first.Distinct().Count());
        }

        // 4 benchmarks x (AimCLR, MS-AimCLR) x 3 streams: the ‡ and 3s rows reuse the per-stream experiments.
        Assert.Equal(24, PaperTables.Table1.Specs(Budget.Paper, useSynthetic: false).Count);
    }

    [Fact]
    public void Specs_Figure4PairAndTable1MsAimClr_AreTheSameExperiment()
    {
        var pair = PaperTables.Figure4.Entries.Single(e => e.Row == "{K, SMPL-X}").Specs(Budget.Quick, useSynthetic: true).Single();
        var single = PaperTables.Figure4.Entries.Single(e => e.Row == "{K}").Specs(Budget.Quick, useSynthetic: true).Single();

        Assert.Equal(pair.Id, PaperTables.Table1.Entries.Single(e => e.Row == "MS-AimCLR (j)" && e.Column == "NTU-60 xsub").Specs(Budget.Quick, true).Single().Id);
        Assert.Equal(single.Id, PaperTables.Table1.Entries.Single(e => e.Row == "AimCLR (j)" && e.Column == "NTU-60 xsub").Specs(Budget.Quick, true).Single().Id);
    }

    [Fact]
    public void Specs_Synthetic_UseTheStandInBenchmarks()
    {
        var entry = PaperTables.Table1.Entries.First(e => e.Benchmark == Benchmark.Ntu120CrossSetup);

        Assert.Same(Benchmark.SyntheticCrossView, entry.Specs(Budget.Smoke, useSynthetic: true).Single().Benchmark);
        Assert.Same(Benchmark.Ntu120CrossSetup, entry.Specs(Budget.Smoke, useSynthetic: false).Single().Benchmark);
        Assert.Same(Budget.Smoke, entry.Specs(Budget.Smoke, useSynthetic: true).Single().Budget);
    }

    [Fact]
    public void Get_LooseName_FindsTheTableAndUnknownNamesTheChoices()
    {
        Assert.Same(PaperTables.Table4, PaperTables.Get("table4"));
        var error = Assert.Throws<KeyNotFoundException>(() => PaperTables.Get("Table 9"));
        Assert.Contains("Figure 5", error.Message);
    }
}
