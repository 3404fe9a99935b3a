using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests.Runtime;

public class ProgressLinesTests
{
    // Events are (step, closes an epoch).
    private static ProgressLines<(int Step, bool EpochEnd)> Lines(List<object?> shown, TimeSpan interval) =>
        new(e => $"step {e.Step}", e => e.EpochEnd, shown.Add, interval);

    [Fact]
    public void Report_WithinTheInterval_ShowsTheFirstAndEveryEpochEndOnlyButKeepsTheLatestLine()
    {
        var shown = new List<object?>();
        var lines = Lines(shown, TimeSpan.FromHours(1));

        Assert.Null(lines.Line);
        foreach (var e in new[] { (1, false), (2, false), (3, true), (4, false), (5, true), (6, false) })
        {
            lines.Report(e);
        }

        Assert.Equal(["step 1", "step 3", "step 5"], shown);
        Assert.Equal("step 6", lines.Line);
    }

    [Fact]
    public void Report_ZeroInterval_ShowsEveryLine()
    {
        var shown = new List<object?>();
        var lines = Lines(shown, TimeSpan.Zero);

        for (var step = 1; step <= 4; step++)
        {
            lines.Report((step, false));
        }

        Assert.Equal(["step 1", "step 2", "step 3", "step 4"], shown);
    }

    [Fact]
    public void Report_AfterTheIntervalHasPassed_ShowsTheNextLine()
    {
        var shown = new List<object?>();
        var lines = Lines(shown, TimeSpan.FromMilliseconds(50));

        lines.Report((1, false));
        lines.Report((2, false));
        Thread.Sleep(120);
        lines.Report((3, false));

        // Whether step 2 was shown depends on the scheduler; step 3 came a whole interval after anything shown.
        Assert.Equal("step 1", shown[0]);
        Assert.Equal("step 3", shown[^1]);
    }
}
