using System.Text.RegularExpressions;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Plots;
using MsClr.Kit.Tests.Teaching;

namespace MsClr.Kit.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class ReproduceCommandTests
{
    [Fact]
    public void Reproduce_SmokeTable4Twice_WritesAnOfflineLabelledReportAndTheSecondRunReusesEverything()
    {
        using var roots = new TempKitRoots();
        string[] args = ["reproduce", "--budget", "smoke", "--tables", "table4", "--skip-notebooks"];

        var (exitCode, output, error) = CliRun.Invoke(args);

        Assert.True(exitCode == 0, error);
        var reportPath = Path.Combine(roots.Folder, "runs", "reproduce", "report.html");
        var report = File.ReadAllText(reportPath);
        Assert.Contains("Table 4", report);
        Assert.Contains("augmentations ✗ · multi-skeleton ✓ · ensemble ✗", System.Net.WebUtility.HtmlDecode(report));
        Assert.Contains("83.0", report);
        Assert.Contains("not on NTU RGB+D", report);
        Assert.Contains("synthetic multi-skeleton benchmark", report);
        Assert.Contains("Not comparable", output);
        AssertNoNetworkUrl(report);
        Assert.True(File.Exists(Path.Combine(roots.Folder, "runs", "reproduce", "formats.html")));
        var store = new ResultsStore(Path.Combine(roots.Folder, "runs"));
        var rowsAfterFirst = store.Load().Count;
        Assert.True(rowsAfterFirst > 0);

        var (secondExit, _, secondError) = CliRun.Invoke(args);

        Assert.True(secondExit == 0, secondError);
        Assert.Equal(rowsAfterFirst, store.Load().Count);
        Assert.Equal(report.Length, File.ReadAllText(reportPath).Length);
    }

    [Fact]
    public void Reproduce_TableOutsideThePlan_FailsWithTheTableNamed()
    {
        using var roots = new TempKitRoots();

        var (exitCode, _, error) = CliRun.Invoke("reproduce", "--budget", "smoke", "--tables", "table2", "--skip-notebooks");

        Assert.Equal(2, exitCode);
        Assert.Contains("Table 2", error);
    }

    /// <summary>Nothing outside the embedded plotly.js text names a network address; plotly.js itself carries map
    /// attribution links as strings, which it would only show on map tiles the kit never draws.</summary>
    private static void AssertNoNetworkUrl(string html)
    {
        var outsidePlotly = html.Replace(ChartExport.PlotlyJs, "", StringComparison.Ordinal);
        Assert.True(outsidePlotly.Length < html.Length, "plotly.js is embedded");
        Assert.DoesNotMatch(new Regex("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}", RegexOptions.IgnoreCase), outsidePlotly);
        Assert.DoesNotContain("<script src=", html);
    }
}
