using MsClr.Kit.Plots;

namespace MsClr.Kit.Tests.Plots;

public class PaperComparisonChartTests
{
    private static readonly PaperComparisonRow[] Rows =
    [
        new("AimCLR j", 78.2, 79.7),
        new("MS-AimCLR j", null, 83.0),
        new("new row", 50.0, null),
    ];

    [Fact]
    public void Build_ThreeRows_TwoHorizontalBarTracesOursThenPaperWithValuesAndGaps()
    {
        var figure = Figure.Of(PaperComparisonChart.Build("Table 1", Rows));

        Assert.Equal(["bar", "bar"], figure.Traces.Select(Figure.Type));
        Assert.Equal(["ours", "paper"], figure.Traces.Select(Figure.Name));
        Assert.All(figure.Traces, t => Assert.Equal("h", t.GetProperty("orientation").GetString()));
        Assert.Equal(["AimCLR j", "MS-AimCLR j", "new row"], Figure.Strings(figure.Traces[0], "y"));
        Assert.Equal(["AimCLR j", "MS-AimCLR j", "new row"], Figure.Strings(figure.Traces[1], "y"));
        Assert.Equal([78.2, null, 50.0], Figure.Numbers(figure.Traces[0], "x"));
        Assert.Equal([79.7, 83.0, null], Figure.Numbers(figure.Traces[1], "x"));
    }

    [Fact]
    public void Build_Always_HasTitleValueAxisTitleGroupedBarsAndRowsTopDown()
    {
        var figure = Figure.Of(PaperComparisonChart.Build("Table 1", Rows));

        Assert.Equal("Table 1", figure.Title);
        Assert.Equal("top-1 accuracy (%)", figure.AxisTitle("xaxis"));
        Assert.Equal("group", figure.Layout.GetProperty("barmode").GetString());
        Assert.Equal("reversed", figure.Layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.True(figure.Layout.GetProperty("yaxis").GetProperty("automargin").GetBoolean());
        Assert.True(figure.Layout.GetProperty("height").GetInt32() >= 140 + (44 * Rows.Length));
    }

    [Fact]
    public void Build_LongTitle_PutsTheComparisonOnASecondLine()
    {
        var title = "Table 4, NTU-60 xsub: ours (synthetic, smoke budget) vs paper (NTU-60, 300 epochs) under both header readings";

        var figure = Figure.Of(PaperComparisonChart.Build(title, Rows));

        Assert.Equal("Table 4, NTU-60 xsub<br><sup>ours (synthetic, smoke budget) vs paper (NTU-60, 300 epochs) under both header readings</sup>", figure.Title);
    }

    [Fact]
    public void Build_HoverText_NamesBothValuesAndTheDifference()
    {
        var hover = Figure.Strings(Figure.Of(PaperComparisonChart.Build("t", Rows)).Traces[0], "hovertext");

        Assert.Contains("ours: 78.2 %", hover[0], StringComparison.Ordinal);
        Assert.Contains("paper: 79.7 %", hover[0], StringComparison.Ordinal);
        Assert.Contains("-1.5 pp", hover[0], StringComparison.Ordinal);
        Assert.Contains("not measured", hover[1], StringComparison.Ordinal);
        Assert.Contains("not reported", hover[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DuplicateLabels_Throws()
    {
        Assert.Throws<ArgumentException>(() => PaperComparisonChart.Build("t", [new("a", 1, 2), new("a", 3, 4)]));
    }

    [Fact]
    public void Build_Twice_GivesIdenticalJson()
    {
        Assert.Equal(ChartExport.FigureJson(PaperComparisonChart.Build("t", Rows)), ChartExport.FigureJson(PaperComparisonChart.Build("t", Rows)));
    }

    /// <summary>Seen in the reproduce report: Table 4's labels had four lines each in 44-px rows and ran into each other.</summary>
    [Fact]
    public void Build_MultiLineLabels_RowsTallEnoughForEveryLine()
    {
        PaperComparisonRow[] rows = [new("augmentations ✓<br>multi-skeleton ✗<br>ensemble ✗<br>printed header", 31.4, 79.7), new("b", 1, 2)];

        var figure = Figure.Of(PaperComparisonChart.Build("Table 4", rows));

        Assert.True(figure.Layout.GetProperty("height").GetInt32() >= 160 + (rows.Length * 4 * PaperComparisonChart.PixelsPerLabelLine));
    }

    [Fact]
    public void Build_Colours_AreTheSharedConstantsForOursAndPaper()
    {
        var traces = Figure.Of(PaperComparisonChart.Build("t", Rows)).Traces;

        Assert.Equal(ChartStyle.Ours, traces[0].GetProperty("marker").GetProperty("color").GetString(), ignoreCase: true);
        Assert.Equal(ChartStyle.Paper, traces[1].GetProperty("marker").GetProperty("color").GetString(), ignoreCase: true);
        Assert.Equal(ChartStyle.Ours, ChartStyle.Palette(3)[0], ignoreCase: true);
    }

    [Fact]
    public void Build_NoPaperValues_OnlyTheOursTraceAndNoEmptyLegendEntry()
    {
        var figure = Figure.Of(PaperComparisonChart.Build("formats", [new("ntu-rgb+d", 31.4, null), new("smplx_42", 61.4, null)]));

        Assert.Equal(["ours"], figure.Traces.Select(Figure.Name));
    }
}
