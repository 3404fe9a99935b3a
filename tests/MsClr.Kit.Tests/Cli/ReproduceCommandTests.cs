using MsClr.Kit.Tests.Teaching;

namespace MsClr.Kit.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class ReproduceCommandTests
{
    [Fact]
    public void Reproduce_SmokeBudget_WritesAnOfflineReportWithOursAndThePapersNumbersLabelled()
    {
        using var roots = new TempKitRoots();

        var (exitCode, output, error) = CliRun.Invoke("reproduce", "--budget", "smoke");

        Assert.True(exitCode == 0, error);
        var report = File.ReadAllText(Path.Combine(roots.Folder, "runs", "reproduce", "report.html"));
        Assert.Contains("AimCLR j", report);
        Assert.Contains("MS-AimCLR j", report);
        Assert.Contains("74.3", report);
        Assert.Contains("76.1", report);
        Assert.Contains("synthetic multi-skeleton benchmark", report);
        Assert.DoesNotContain("<script src=", report);
        Assert.True(File.Exists(Path.Combine(roots.Folder, "runs", "reproduce", "formats.html")));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(roots.Folder, "data", "synthetic"), "*.parquet").Length);
        Assert.Contains("Not comparable", output);
    }
}
