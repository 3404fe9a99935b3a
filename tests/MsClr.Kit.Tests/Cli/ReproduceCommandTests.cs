using System.Text.RegularExpressions;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;

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
        Assert.Matches(@"\d+ of \d+ pretraining runs behind this report ended with a collapsed contrastive embedding", System.Net.WebUtility.HtmlDecode(report));
        Assert.Contains("synthetic multi-skeleton benchmark", report);
        // One seed by default: every cell says n, and the comparisons cannot decide.
        Assert.Contains("ran for 1 seed (1)", report);
        Assert.Contains("(no interval)", report);
        var decoded = System.Net.WebUtility.HtmlDecode(report);
        var store = new ResultsStore(Path.Combine(roots.Folder, "runs"));
        Assert.Contains("with − without augmentations", decoded);
        Assert.Contains("not distinguishable at n = 1", decoded);
        // Baselines beside the table, measured like the self-supervised rows, and the distance to them.
        Assert.Contains("baseline: random-init encoder (no pretraining) (j)", decoded);
        Assert.Contains("baseline: raw coordinates, per-joint mean and std over time (j)", decoded);
        Assert.Contains("baseline: raw coordinates, flattened clip (j)", decoded);
        Assert.Contains("baseline: supervised ST-GCN (trained on the labels) (j)", decoded);
        Assert.Contains("above the random-init encoder and the raw-coordinate probe, and below the supervised encoder", decoded);
        Assert.Contains("trained end to end on the labels for the budget's 3 pretraining epochs", decoded);
        Assert.Contains("augmentations ✓ · multi-skeleton ✓ · ensemble ✗ − baseline: supervised ST-GCN (trained on the labels) (j)", decoded);
        var baselineRuns = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Select(Path.GetFileName).Where(n => n!.StartsWith("baseline-")).ToArray();
        Assert.Equal(4, baselineRuns.Length);
        Assert.Contains(store.Load(), r => r.Method == "baseline:supervised" && r.Metric == ResultMetrics.Top1);
        Assert.Contains("Not comparable", output);
        Assert.Contains("protocol: linear evaluation: frozen encoder", output);
        AssertNoNetworkUrl(report);
        Assert.True(File.Exists(Path.Combine(roots.Folder, "runs", "reproduce", "formats.html")));
        var rowsAfterFirst = store.Load().Count;
        Assert.True(rowsAfterFirst > 0);

        var (secondExit, _, secondError) = CliRun.Invoke(args);

        Assert.True(secondExit == 0, secondError);
        Assert.Equal(rowsAfterFirst, store.Load().Count);
        Assert.Equal(report.Length, File.ReadAllText(reportPath).Length);
    }

    [Fact]
    public void Results_TwoSeedsInTheStore_PrintMeanIntervalAndAPairedVerdict()
    {
        using var roots = new TempKitRoots();
        var store = new ResultsStore(Path.Combine(roots.Folder, "runs"));
        var table = MsClr.Kit.Experiments.Paper.PaperTables.Figure4;
        (string Row, double[] Top1)[] measured = [("{K}", [0.50, 0.60, 0.55]), ("{K, SMPL-X}", [0.70, 0.81, 0.74])];
        foreach (var (row, top1) in measured)
        {
            var entry = table.Entries.Single(e => e.Row == row);
            for (var i = 0; i < top1.Length; i++)
            {
                var spec = entry.Specs(MsClr.Kit.Experiments.Budget.Smoke, useSynthetic: true, (ulong)(i + 1)).Single();
                store.Append(spec, new MsClr.Kit.Experiments.ExperimentResult(spec.Id, top1[i], 0.9, top1[i], null, spec.EvaluationFormats.ToDictionary(f => f, _ => top1[i]), 1, 1), "abc");
            }
        }

        var (exitCode, output, error) = CliRun.Invoke("results", "--table", "figure4", "--budget", "smoke", "--seeds", "3");

        Assert.True(exitCode == 0, error);
        // {K}: 50, 60, 55 → 55.0 ± 12.4; differences 20, 21, 19 → +20.0, interval +17.5 … +22.5.
        Assert.Contains("| {K} | NTU-60 top-1 (Kinect v2 classifier) | 55.0 ± 12.4 (n = 3) |", output);
        Assert.Contains("| {K, SMPL-X} − {K} | more formats − fewer | +20.0 | +17.5 … +22.5 | 3 | better |", output);
        Assert.Contains("| {K, SMPL} − {K} | more formats − fewer | — | — | 0 | no paired seeds |", output);
    }

    [Fact]
    public void Reproduce_ExperimentsAsParallelChildProcesses_GiveTheSameNumbersAsOneAtATimeInProcess()
    {
        var previousThreads = Environment.GetEnvironmentVariable(KitEnvironment.ThreadsVariable);
        Environment.SetEnvironmentVariable(KitEnvironment.ThreadsVariable, "1");
        try
        {
            var sequential = Top1BySpec("1", out _);
            var parallel = Top1BySpec("2", out var output);

            Assert.Contains("2 at a time as child processes", output);
            Assert.NotEmpty(sequential);
            Assert.Equal(sequential, parallel);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KitEnvironment.ThreadsVariable, previousThreads);
        }

        static SortedDictionary<string, double> Top1BySpec(string parallel, out string output)
        {
            using var roots = new TempKitRoots();
            var (exitCode, printed, error) = CliRun.Invoke("reproduce", "--budget", "smoke", "--tables", "table4", "--skip-notebooks", "--parallel", parallel);
            Assert.True(exitCode == 0, error);
            output = printed;
            return new SortedDictionary<string, double>(new ResultsStore(Path.Combine(roots.Folder, "runs")).Load()
                .Where(r => r.Metric.StartsWith("top1", StringComparison.Ordinal))
                .ToDictionary(r => $"{r.SpecId} {r.Metric}", r => r.Value), StringComparer.Ordinal);
        }
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
