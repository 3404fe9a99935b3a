using MsClr.Cli.Commands;

namespace MsClr.Kit.Tests.Cli;

public sealed class ExperimentsInParallelTests
{
    [Fact]
    public void FailureMessage_FailedChild_NamesExitCodeLogAndTheLogsLastLines()
    {
        using var folder = new TempFolder();
        var log = Path.Combine(folder.Path, "1.out");
        File.WriteAllLines(log, Enumerable.Range(1, 20).Select(i => $"line {i}").Append("").Append("Unhandled exception. INTERNAL ASSERT FAILED at Scalar.h"));

        var message = ExperimentsInParallel.FailureMessage([("Table 1 · MS-AimCLR (j) [joint] seed 1", 134, log)]);

        Assert.StartsWith("1 experiment(s) failed", message);
        Assert.Contains($"Table 1 · MS-AimCLR (j) [joint] seed 1 (exit code 134): {log}", message);
        Assert.Contains("  | Unhandled exception. INTERNAL ASSERT FAILED at Scalar.h", message);
        Assert.Contains("  | line 20", message);
        Assert.DoesNotContain("line 9\n", message.Replace("\r", ""));
        Assert.DoesNotContain("  | \n", message.Replace("\r", "")); // blank lines are skipped
    }

    [Fact]
    public void FailureMessage_ChildThatWroteNoLog_SaysSo()
    {
        var message = ExperimentsInParallel.FailureMessage([("seed 2", 139, "/nonexistent/2.out")]);

        Assert.Contains("seed 2 (exit code 139): /nonexistent/2.out", message);
        Assert.Contains("(no log written)", message);
    }
}
