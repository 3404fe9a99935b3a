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

    /// <summary>Seen in the 1400-px screenshot of the notebook report: the format sets were printed at an angle and ran
    /// off the bottom right of a 700-px chart. They now stay horizontal, broken into short lines.</summary>
    [Fact]
    public void Build_LongFormatSets_HorizontalTickLabelsBrokenIntoShortLinesOnAWideChart()
    {
        var figure = Figure.Of(FormatCountChart.Build(Points));
        var xaxis = figure.Layout.GetProperty("xaxis");
        var text = Figure.Strings(xaxis, "ticktext");

        Assert.Equal(0, xaxis.GetProperty("tickangle").GetInt32());
        Assert.True(xaxis.GetProperty("automargin").GetBoolean());
        Assert.Equal(Figure.Strings(xaxis, "categoryarray"), Figure.Strings(xaxis, "tickvals"));
        Assert.All(text.SelectMany(t => t.Split("<br>")), line => Assert.True(line.Length <= FormatCountChart.TickLabelLine || !line.Contains(' '), line));
        Assert.Equal("K + SMPL-X +<br>MHAD + SMPL", text[3]);
        Assert.True(figure.Layout.GetProperty("width").GetInt32() >= 900);
        Assert.Equal("h", figure.Layout.GetProperty("legend").GetProperty("orientation").GetString());
    }

    [Fact]
    public void Build_Series_FirstDrawnInTheColourOfOurs()
    {
        var figure = Figure.Of(FormatCountChart.Build(Points));

        Assert.Equal(ChartStyle.Ours, figure.Traces[0].GetProperty("line").GetProperty("color").GetString(), ignoreCase: true);
        Assert.NotEqual(ChartStyle.Ours, figure.Traces[1].GetProperty("line").GetProperty("color").GetString(), StringComparer.OrdinalIgnoreCase);
    }
}
