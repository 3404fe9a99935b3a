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
        var gains = Figure.Numbers(trace, "x").Select(v => v!.Value).ToArray();

        Assert.Equal("bar", Figure.Type(trace));
        Assert.Equal(["wear a shoe", "falling", "reading", "clapping", "drink water"], Figure.Strings(trace, "y"));
        Assert.Equal([15.0, 5.0, 1.0, 0.0, -2.0], gains.Select(g => Math.Round(g, 9)));
        Assert.Equal(gains.OrderByDescending(g => g), gains);
    }

    [Fact]
    public void Build_Colours_FollowTheSignOfTheGain()
    {
        var trace = Figure.Of(PerClassDeltaChart.Build(Names, Baseline, Ours)).Traces.Single();
        var colours = Figure.Strings(trace.GetProperty("marker"), "color");
        var gains = Figure.Numbers(trace, "x").Select(v => Math.Round(v!.Value, 9)).ToArray();

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
        Assert.Equal(PerClassDeltaChart.ClassAxisTitle, figure.AxisTitle("yaxis"));
        Assert.Equal("top-1 gain over baseline (percentage points)", figure.AxisTitle("xaxis"));
        Assert.Contains("baseline: 50.0 %", hover[0], StringComparison.Ordinal);
        Assert.Contains("ours: 65.0 %", hover[0], StringComparison.Ordinal);
        Assert.Contains("+15.0 pp", hover[0], StringComparison.Ordinal);
    }

    /// <summary>Figure 5 has 60 classes (35 in the synthetic benchmark): names on a vertical-bar axis overlap, so the
    /// bars are horizontal, the names on the vertical axis with a margin that grows to fit them, one line per class.</summary>
    [Fact]
    public void Build_ManyClasses_HorizontalBarsWithEveryNameOnItsOwnLine()
    {
        var names = Enumerable.Range(0, 60).Select(i => $"class number {i}").ToArray();
        var baseline = names.Select((_, i) => (i % 10) / 10.0).ToArray();
        var ours = names.Select((_, i) => ((i + 3) % 10) / 10.0).ToArray();
        var figure = Figure.Of(PerClassDeltaChart.Build(names, baseline, ours));
        var trace = figure.Traces.Single();
        var yaxis = figure.Layout.GetProperty("yaxis");

        Assert.Equal("h", trace.GetProperty("orientation").GetString());
        Assert.Equal(60, Figure.Strings(trace, "y").Length);
        Assert.True(yaxis.GetProperty("automargin").GetBoolean());
        Assert.Equal("reversed", yaxis.GetProperty("autorange").GetString());
        Assert.Equal(1, yaxis.GetProperty("dtick").GetInt32());
        Assert.True(figure.Layout.GetProperty("height").GetInt32() >= 60 * PerClassDeltaChart.PixelsPerClass);
    }

    [Fact]
    public void Build_LongClassName_ShortenedOnTheAxisAndWholeInTheHover()
    {
        const string Long = "touch other person's pocket (stealing)";
        var trace = Figure.Of(PerClassDeltaChart.Build([Long, "clapping"], [0.2, 0.5], [0.6, 0.5])).Traces.Single();
        var label = Figure.Strings(trace, "y")[0];

        Assert.True(label.Length <= PerClassDeltaChart.MaxLabelLength, label);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
        Assert.StartsWith(Long, Figure.Strings(trace, "hovertext")[0], StringComparison.Ordinal);
        Assert.Equal(["+40.0", "0.0"], Figure.Strings(trace, "text"));
    }

    [Fact]
    public void AxisLabels_ShorteningWouldMergeTwoNames_KeepsTheFullNames()
    {
        string[] names = ["put something inside pocket A", "put something inside pocket B"];

        Assert.Equal(names, PerClassDeltaChart.AxisLabels(names));
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

    /// <summary>Seen in the 1400-px screenshot of f5: a -100 bar printed its gain left of the plot, on top of the class
    /// names. The axis range leaves room for the printed gain beyond the longest bar on both sides.</summary>
    [Fact]
    public void Build_ExtremeGains_AxisRangeLeavesRoomForTheirPrintedValues()
    {
        var range = Figure.Numbers(Figure.Of(PerClassDeltaChart.Build(["a", "b"], [1.0, 0.0], [0.0, 1.0])).Layout.GetProperty("xaxis"), "range");

        Assert.True(range[0] <= -100 - (PerClassDeltaChart.LabelRoom * 200) + 1e-9, $"{range[0]}");
        Assert.True(range[1] >= 100 + (PerClassDeltaChart.LabelRoom * 200) - 1e-9, $"{range[1]}");
        Assert.Equal([-0.25, 0.25], PerClassDeltaChart.ValueRange([0.0, 0.0]));
    }
}
