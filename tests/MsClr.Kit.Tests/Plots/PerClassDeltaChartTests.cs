using MsClr.Kit.Plots;

namespace MsClr.Kit.Tests.Plots;

public class PerClassDeltaChartTests
{
    private static readonly string[] Names = ["drink water", "wear a shoe", "falling", "clapping", "reading", "empty"];
    private static readonly double[] Baseline = [0.80, 0.50, 0.70, 0.90, 0.60, double.NaN];
    private static readonly double[] Ours = [0.78, 0.65, 0.75, 0.90, 0.61, double.NaN];

    [Fact]
    public void Build_SixClasses_OneBarTraceSortedByGainDescending()
    {
        var trace = Figure.Of(PerClassDeltaChart.Build(Names, Baseline, Ours)).Traces.Single();
        var gains = Figure.Numbers(trace, "y").Select(v => v!.Value).ToArray();

        Assert.Equal("bar", Figure.Type(trace));
        Assert.Equal(["wear a shoe", "falling", "reading", "clapping", "drink water"], Figure.Strings(trace, "x"));
        Assert.Equal([15.0, 5.0, 1.0, 0.0, -2.0], gains.Select(g => Math.Round(g, 9)));
        Assert.Equal(gains.OrderByDescending(g => g), gains);
    }

    [Fact]
    public void Build_Colours_FollowTheSignOfTheGain()
    {
        var trace = Figure.Of(PerClassDeltaChart.Build(Names, Baseline, Ours)).Traces.Single();
        var colours = Figure.Strings(trace.GetProperty("marker"), "color");
        var gains = Figure.Numbers(trace, "y").Select(v => Math.Round(v!.Value, 9)).ToArray();

        for (var i = 0; i < gains.Length; i++)
        {
            var expected = gains[i] > 0 ? "#2ca02c" : gains[i] < 0 ? "#d62728" : "#7f7f7f";
            Assert.Equal(expected, colours[i], ignoreCase: true);
        }

        Assert.Equal(3, colours.Count(c => c.Equals("#2ca02c", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Build_Always_HasAxisTitlesAndHoverWithBothAccuracies()
    {
        var figure = Figure.Of(PerClassDeltaChart.Build(Names, Baseline, Ours, "Figure 5"));
        var hover = Figure.Strings(figure.Traces[0], "hovertext");

        Assert.Equal("Figure 5", figure.Title);
        Assert.Equal("class", figure.AxisTitle("xaxis"));
        Assert.Equal("top-1 gain over baseline (percentage points)", figure.AxisTitle("yaxis"));
        Assert.Contains("baseline: 50.0 %", hover[0], StringComparison.Ordinal);
        Assert.Contains("ours: 65.0 %", hover[0], StringComparison.Ordinal);
        Assert.Contains("+15.0 pp", hover[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PercentInsteadOfFractions_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PerClassDeltaChart.Build(["a"], [80.0], [0.5]));

        Assert.Contains("fraction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => PerClassDeltaChart.Build(["a", "b"], [0.1, 0.2], [0.3]));
    }

    [Fact]
    public void Build_Twice_GivesIdenticalJson()
    {
        Assert.Equal(ChartExport.FigureJson(PerClassDeltaChart.Build(Names, Baseline, Ours)), ChartExport.FigureJson(PerClassDeltaChart.Build(Names, Baseline, Ours)));
    }
}
