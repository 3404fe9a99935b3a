using MsClr.Kit.Plots;

namespace MsClr.Kit.Tests.Plots;

public class EmbeddingScatterChartTests
{
    private static readonly float[,] Points = { { 0, 0 }, { 1, 1 }, { 2, 0 }, { 3, 3 }, { -1, 2 } };
    private static readonly int[] Labels = [2, 0, 2, 0, 2];
    private static readonly string[] Classes = ["sit down", "stand up", "wave"];

    [Fact]
    public void Build_TwoClassesPresent_OneMarkerTracePerPresentClassInClassOrder()
    {
        var figure = Figure.Of(EmbeddingScatterChart.Build(Points, Labels, Classes));

        Assert.Equal(["sit down", "wave"], figure.Traces.Select(Figure.Name));
        Assert.All(figure.Traces, t => Assert.Equal("scatter", Figure.Type(t)));
        Assert.All(figure.Traces, t => Assert.Equal("markers", t.GetProperty("mode").GetString()));
        Assert.Equal([1.0, 3.0], Figure.Numbers(figure.Traces[0], "x"));
        Assert.Equal([1.0, 3.0], Figure.Numbers(figure.Traces[0], "y"));
        Assert.Equal([0.0, 2.0, -1.0], Figure.Numbers(figure.Traces[1], "x"));
        Assert.Equal([0.0, 0.0, 2.0], Figure.Numbers(figure.Traces[1], "y"));
    }

    [Fact]
    public void Build_Always_ColoursByClassAndEqualAxisScale()
    {
        var figure = Figure.Of(EmbeddingScatterChart.Build(Points, Labels, Classes));
        var colours = figure.Traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()).ToArray();

        Assert.Equal(2, colours.Distinct().Count());
        Assert.Equal("x", figure.Layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal("component 1", figure.AxisTitle("xaxis"));
        Assert.Equal("component 2", figure.AxisTitle("yaxis"));
    }

    [Fact]
    public void Build_SixtyClasses_DistinctColours()
    {
        var classes = Enumerable.Range(0, 60).Select(c => $"class {c}").ToArray();
        var points = new float[60, 2];
        var labels = Enumerable.Range(0, 60).ToArray();

        var figure = Figure.Of(EmbeddingScatterChart.Build(points, labels, classes));

        Assert.Equal(60, figure.Traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()).Distinct().Count());
    }

    [Fact]
    public void Build_LabelOutOfRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => EmbeddingScatterChart.Build(Points, [0, 1, 2, 3, 0], Classes));
    }
}
