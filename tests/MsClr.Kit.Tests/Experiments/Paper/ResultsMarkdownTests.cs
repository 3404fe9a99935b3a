using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments.Paper;

namespace MsClr.Kit.Tests.Experiments.Paper;

public class ResultsMarkdownTests
{
    [Fact]
    public void Render_SmallTable_WritesAPipeTableWithSignedDeltasAndDashesForNulls()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("row", ["AimCLR (j)", "a|b"]),
            new DoubleDataFrameColumn("ours (%)", [80.04, null]),
            new DoubleDataFrameColumn("paper (%)", [79.7, 74.3]),
            new DoubleDataFrameColumn("delta (points)", [0.34, null]),
            new StringDataFrameColumn("data", ["synthetic", null]));

        var markdown = ResultsMarkdown.Render(frame);

        Assert.Equal(
            "| row | ours (%) | paper (%) | delta (points) | data |\n" +
            "|---|---:|---:|---:|---|\n" +
            "| AimCLR (j) | 80.0 | 79.7 | +0.3 | synthetic |\n" +
            "| a\\|b | — | 74.3 | — | — |\n",
            markdown);
    }

    [Fact]
    public void Render_PaperTable_StartsWithItsHeadingAndEndsWithItsNote()
    {
        var view = PaperTableView.Build(PaperTables.Table4, []);

        var markdown = ResultsMarkdown.Render(PaperTables.Table4, view);

        Assert.StartsWith("### Table 4: Component analysis", markdown);
        Assert.Contains("| augmentations ✓ · multi-skeleton ✓ · ensemble ✓ | NTU-60 xsub (printed header) | — | 93.2 | — | — | — |", markdown);
        Assert.EndsWith(PaperTables.Table4.Note + "\n", markdown);
    }
}
