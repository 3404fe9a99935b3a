using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Results;

namespace MsClr.Kit.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class EvaluateCommandTests
{
    private static readonly string[] Options = ["--budget", "smoke", "--formats", "ntu-rgb+d", "--epochs", "1"];

    [Fact]
    public void EvaluateKnn_PretrainedRun_PrintsTheProtocolAndRecordsK1AndK20()
    {
        using var roots = new TempKitRoots();
        Assert.Equal(0, CliRun.Invoke(["pretrain", .. Options]).ExitCode);

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "knn", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: kNN: frozen encoder", output);
        var rows = new ResultsStore(Path.Combine(roots.Folder, "runs")).Load();
        Assert.Contains(rows, r => r.Metric == KnnEvaluation.Metric(1) && r.Value is >= 0 and <= 1);
        Assert.Contains(rows, r => r.Metric == KnnEvaluation.Metric(20));
        Assert.Contains(rows, r => r.Metric == KnnEvaluation.Metric(20) + ":ntu-rgb+d");
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        var saved = File.ReadAllText(Path.Combine(run, KnnEvaluation.FileName));
        Assert.Contains("\"protocol\": \"kNN: frozen encoder", saved);
        Assert.Contains("k = 1 and 20", saved);

        // A second call reuses knn.json and records nothing new.
        Assert.Equal(0, CliRun.Invoke(["evaluate", "--protocol", "knn", .. Options]).ExitCode);
        Assert.Equal(rows.Count, new ResultsStore(Path.Combine(roots.Folder, "runs")).Load().Count);
    }

    [Fact]
    public void EvaluateKnn_NotPretrained_FailsNamingTheRun()
    {
        using var roots = new TempKitRoots();

        var (exitCode, _, error) = CliRun.Invoke(["evaluate", "--protocol", "knn", .. Options]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("is not pretrained yet", error);
    }
}
