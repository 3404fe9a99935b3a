using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Plots;
using MsClr.Kit.Reporting;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Reporting;

/// <summary>The paper-table frames the notebooks and <c>msclr reproduce</c> share, from a hand-filled results store.</summary>
public sealed class PaperTableFramesTests : IDisposable
{
    private static readonly (string Row, double Paper)[] Table1XSub =
    [
        ("AimCLR (j)", 74.3), ("MS-AimCLR (j)", 76.1), ("AimCLR (m)", 66.8), ("MS-AimCLR (m)", 73.1), ("AimCLR (b)", 73.2),
        ("MS-AimCLR (b)", 76.1), ("3s-AimCLR (j+m+b)", 78.9), ("3s-MS-AimCLR (j+m+b)", 80.9), ("3s-MS-AimCLR ‡ (j+m+b)", 88.0),
    ];

    private readonly string _runs = Directory.CreateTempSubdirectory("msclr-frames-").FullName;

    public void Dispose() => Directory.Delete(_runs, true);

    [Fact]
    public void Printed_Table1_OneRowPerPrintedRowAndOneColumnPerBenchmark()
    {
        var printed = PaperTableFrames.Printed(PaperTables.Table1);

        Assert.Equal(["row", "NTU-60 xview (%)", "NTU-60 xsub (%)", "NTU-120 xset (%)", "NTU-120 xsub (%)", "measured by the kit", "note"], printed.Columns.Select(c => c.Name));
        Assert.Equal(Table1XSub.Select(r => r.Row), printed["row"].Cast<string>());
        Assert.Equal(Table1XSub.Select(r => (double?)r.Paper), printed["NTU-60 xsub (%)"].Cast<double?>());
        Assert.All(printed["measured by the kit"].Cast<string>(), m => Assert.Equal("yes", m));
    }

    [Fact]
    public void Printed_Figure5_GainColumnKeepsItsUnitInPoints()
    {
        var printed = PaperTableFrames.Printed(PaperTables.Figure5);

        Assert.Contains("top-1 gain (points)", printed.Columns.Select(c => c.Name));
        Assert.DoesNotContain(printed.Columns, c => c.Name.Contains("(points) (%)", StringComparison.Ordinal));
    }

    [Fact]
    public void Printed_Table2_MarksOnlyTheKitsRowsAsMeasured()
    {
        var printed = PaperTableFrames.Printed(PaperTables.Table2);
        var measured = Enumerable.Range(0, (int)printed.Rows.Count).Where(i => (string)printed["measured by the kit"][i] == "yes").Select(i => (string)printed["row"][i]);

        Assert.All(measured, row => Assert.Contains("AimCLR", row, StringComparison.Ordinal));
        Assert.Contains("no", printed["measured by the kit"].Cast<string>());
    }

    [Fact]
    public void Column_StoreWithOneResult_NineXSubLinesOursOnlyWhereMeasured()
    {
        var spec = PaperTables.Table1.Entries.First(e => e.Row == "MS-AimCLR (j)" && e.Benchmark == Benchmark.Ntu60CrossSubject).Specs(Budget.Smoke, useSynthetic: true)[0];
        var store = new ResultsStore(_runs);
        store.Append(spec, new ExperimentResult(spec.Id, 0.5, 0.9, 0.5, 0.625, new Dictionary<string, double> { ["ntu-rgb+d"] = 0.5 }, 1, 1), "abc");

        var view = PaperTableFrames.Column(PaperTables.Table1, store, Budget.Smoke, Benchmark.Ntu60CrossSubject);

        Assert.Equal(PaperTableView.Columns, view.Columns.Select(c => c.Name));
        Assert.Equal(Table1XSub.Select(r => r.Row), view["row"].Cast<string>());
        Assert.All(view["column"].Cast<string>(), c => Assert.Equal("NTU-60 xsub", c));
        Assert.Equal(Table1XSub.Select(r => (double?)r.Paper), view["paper (%)"].Cast<double?>());
        Assert.Equal(50.0, (double?)view["ours (%)"][1]);
        Assert.Equal(8, view["ours (%)"].Cast<double?>().Count(o => o is null));
    }

    [Fact]
    public void Column_Table2_EveryMethodOnceWithOursNullOnReferenceRows()
    {
        var view = PaperTableFrames.Column(PaperTables.Table2, new ResultsStore(_runs), Budget.Smoke, Benchmark.Ntu60CrossSubject);
        var rows = PaperTables.Table2.Entries.Where(e => e.Benchmark == Benchmark.Ntu60CrossSubject).ToArray();

        Assert.Equal(rows.Select(e => e.Row), view["row"].Cast<string>());
        Assert.All(view["ours (%)"].Cast<double?>(), Assert.Null);
    }

    [Fact]
    public void ComparisonRows_Table4_ShortDistinctLabelsWithTheFullRowInTheDetail()
    {
        var view = PaperTableFrames.Column(PaperTables.Table4, new ResultsStore(_runs), Budget.Smoke, Benchmark.Ntu60CrossSubject);

        var rows = PaperComparisonRow.FromView(PaperTables.Table4, view);

        Assert.Equal(8, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.Label).Distinct().Count());
        Assert.All(rows, r => Assert.True(r.Label.Length <= 45, r.Label));
        Assert.Equal("AimCLR (j) · printed header", rows[0].Label);
        Assert.Equal("MS-AimCLR, no aug. (j) · printed header", rows[2].Label);
        Assert.Equal("MS-AimCLR ‡ (j) · Table 1 order", rows[7].Label);
        Assert.Equal("augmentations ✓ · multi-skeleton ✗ · ensemble ✗, NTU-60 xsub (printed header)", rows[0].Detail);
        Assert.Contains("MS-AimCLR (j) · printed header", MsClr.Kit.Tests.Plots.Figure.Of(PaperComparisonChart.Build("t", rows)).Traces[0].GetProperty("y").EnumerateArray().Select(y => y.GetString()));
    }

    [Fact]
    public void ComparisonRows_Table1_KeepThePapersRowNames()
    {
        var view = PaperTableFrames.Column(PaperTables.Table1, new ResultsStore(_runs), Budget.Smoke, Benchmark.Ntu60CrossSubject);

        Assert.Equal(Table1XSub.Select(r => r.Row), PaperComparisonRow.FromView(PaperTables.Table1, view).Select(r => r.Label));
    }

    [Fact]
    public void FormatCountPoint_Figure4_CurveAddsSmplXSecondOtherPairsApart()
    {
        var points = PaperTables.Figure4.Entries.Select((e, i) => FormatCountPoint.Of(e, i * 10.0)).ToArray();

        Assert.Equal([1, 2, 3, 4, 2, 2], points.Select(p => p.FormatCount));
        Assert.Equal(4, points.Count(p => p.Series == FormatCountPoint.CurveSeries));
        Assert.Equal([FormatCountPoint.OtherPairsSeries, FormatCountPoint.OtherPairsSeries], points[4..].Select(p => p.Series));
        Assert.Equal(50.0, points[5].Top1);
        Assert.Throws<ArgumentException>(() => FormatCountPoint.Of(PaperTables.Table2.Entries.First(e => !e.IsMeasured), 1));
    }
}
