using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class ReproduceCommandTests
{
    [Fact]
    public void Reproduce_SmokeBudget_WritesAnOfflineReportWithOursAndThePapersNumbersLabelled()
    {
        var root = Directory.CreateTempSubdirectory("msclr-reproduce-").FullName;
        var (data, runs) = (Environment.GetEnvironmentVariable(KitEnvironment.DataVariable), Environment.GetEnvironmentVariable(KitEnvironment.RunsVariable));
        try
        {
            Environment.SetEnvironmentVariable(KitEnvironment.DataVariable, Path.Combine(root, "data"));
            Environment.SetEnvironmentVariable(KitEnvironment.RunsVariable, Path.Combine(root, "runs"));

            var (exitCode, output, error) = CliRun.Invoke("reproduce", "--budget", "smoke");

            Assert.True(exitCode == 0, error);
            var report = File.ReadAllText(Path.Combine(root, "runs", "reproduce", "report.html"));
            Assert.Contains("AimCLR j", report);
            Assert.Contains("MS-AimCLR j", report);
            Assert.Contains("74.3", report);
            Assert.Contains("76.1", report);
            Assert.Contains("synthetic multi-skeleton benchmark", report);
            Assert.DoesNotContain("<script src=", report);
            Assert.True(File.Exists(Path.Combine(root, "runs", "reproduce", "formats.html")));
            Assert.Equal(4, Directory.GetFiles(Path.Combine(root, "data", "synthetic"), "*.parquet").Length);
            Assert.Contains("Not comparable", output);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KitEnvironment.DataVariable, data);
            Environment.SetEnvironmentVariable(KitEnvironment.RunsVariable, runs);
            Directory.Delete(root, true);
        }
    }
}
