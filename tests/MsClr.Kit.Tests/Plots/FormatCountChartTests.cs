using MsClr.Kit.Plots;

namespace MsClr.Kit.Tests.Plots;

public class FormatCountChartTests
{
    private static readonly FormatCountPoint[] Points =
    [
        new("ours", "K + SMPL-X", 2, 76.0),
        new("ours", "K", 1, 74.0),
        new("ours", "K + SMPL-X + MHAD + SMPL", 4, 77.5),
        new("ours", "K + SMPL-X + MHAD", 3, null),
        new("paper", "K", 1, 74.3),
        new("paper", "K + SMPL-X", 2, 76.1),
    ];

    [Fact]
    public void Build_TwoSeries_OneLineWithMarkersPerSeriesSortedByFormatCount()
    {
        var figure = Figure.Of(FormatCountChart.Build(Points));

        Assert.Equal(["ours", "paper"], figure.Traces.Select(Figure.Name));
        Assert.All(figure.Traces, t => Assert.Equal("scatter", Figure.Type(t)));
        Assert.All(figure.Traces, t => Assert.Equal("lines+markers", t.GetProperty("mode").GetString()));
        Assert.Equal(["K", "K + SMPL-X", "K + SMPL-X + MHAD", "K + SMPL-X + MHAD + SMPL"], Figure.Strings(figure.Traces[0], "x"));
        Assert.Equal([74.0, 76.0, null, 77.5], Figure.Numbers(figure.Traces[0], "y"));
        Assert.Equal(["K", "K + SMPL-X"], Figure.Strings(figure.Traces[1], "x"));
        Assert.Equal([74.3, 76.1], Figure.Numbers(figure.Traces[1], "y"));
    }

    [Fact]
    public void Build_Always_FixesTheCategoryOrderAndAxisTitles()
    {
        var figure = Figure.Of(FormatCountChart.Build(Points, "Figure 4"));
        var xaxis = figure.Layout.GetProperty("xaxis");

        Assert.Equal("array", xaxis.GetProperty("categoryorder").GetString());
        Assert.Equal(["K", "K + SMPL-X", "K + SMPL-X + MHAD", "K + SMPL-X + MHAD + SMPL"], Figure.Strings(xaxis, "categoryarray"));
        Assert.Equal("training formats", figure.AxisTitle("xaxis"));
        Assert.Equal("top-1 accuracy (%)", figure.AxisTitle("yaxis"));
        Assert.Equal("Figure 4", figure.Title);
    }

    [Fact]
    public void Build_SetWithTwoCounts_Throws()
    {
        Assert.Throws<ArgumentException>(() => FormatCountChart.Build([new("a", "K", 1, 1), new("b", "K", 2, 1)]));
    }

    [Fact]
    public void Build_Twice_GivesIdenticalJson()
    {
        Assert.Equal(ChartExport.FigureJson(FormatCountChart.Build(Points)), ChartExport.FigureJson(FormatCountChart.Build(Points)));
    }
}
