using MsClr.Kit.Plots;

namespace MsClr.Kit.Tests.Plots;

public class ChartStyleTests
{
    [Fact]
    public void Wrapped_ShortTitle_Unchanged() => Assert.Equal("Figure 4", ChartStyle.Wrapped("Figure 4"));

    [Fact]
    public void Wrapped_ColonTitle_HeadThenTheComparisonAsASubtitle() =>
        Assert.Equal(
            "Table 1, NTU-60 xsub<br><sup>ours (synthetic, smoke budget) vs paper (NTU-60, 300 epochs), nine rows of the column</sup>",
            ChartStyle.Wrapped("Table 1, NTU-60 xsub: ours (synthetic, smoke budget) vs paper (NTU-60, 300 epochs), nine rows of the column"));

    /// <summary>Seen in the notebook report: the frozen-features title has no colon and ran off the chart's right edge.</summary>
    [Fact]
    public void Wrapped_NoColon_SplitsAtACommaOutsideTheParentheses() =>
        Assert.Equal(
            "Frozen features of the test clips (ntu-rgb+d, smoke budget)<br><sup>first two principal components</sup>",
            ChartStyle.Wrapped("Frozen features of the test clips (ntu-rgb+d, smoke budget), first two principal components"));

    [Fact]
    public void Wrapped_LongSubtitle_BrokenIntoLinesOfAtMostSubtitleLine()
    {
        var tail = string.Join(' ', Enumerable.Repeat("seven", 60));

        var lines = ChartStyle.Wrapped("Figure 4: " + tail).Split("<br>").Skip(1).Select(l => l.Replace("<sup>", "").Replace("</sup>", "")).ToArray();

        Assert.True(lines.Length >= 3);
        Assert.All(lines, l => Assert.True(l.Length <= ChartStyle.SubtitleLine, l));
        Assert.Equal(tail, string.Join(' ', lines));
    }

    [Fact]
    public void WrapLabel_BreaksAtSpacesAndKeepsLongWordsWhole()
    {
        Assert.Equal("{K, SMPL-X,<br>MHAD, SMPL}", ChartStyle.WrapLabel("{K, SMPL-X, MHAD, SMPL}", 12));
        Assert.Equal("{K}", ChartStyle.WrapLabel("{K}", 12));
        Assert.Equal("berkeley_mhad_43", ChartStyle.WrapLabel("berkeley_mhad_43", 12));
    }

    [Fact]
    public void WithAxisProperty_ExistingAxis_KeepsItsTitle()
    {
        var chart = TrainingCurveChart.Build([(1, 0, 1.0, 1.0, 0.0, 0.0, 0.1)]);

        ChartStyle.WithAxisProperty(chart, "yaxis", "rangemode", "tozero");

        var figure = Figure.Of(chart);
        Assert.Equal("loss (mean over steps)", figure.AxisTitle("yaxis"));
        Assert.Equal("tozero", figure.Layout.GetProperty("yaxis").GetProperty("rangemode").GetString());
    }
}
