using MsClr.Kit.Experiments;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class ExperimentCommandTests
{
    [Fact]
    public void ExperimentRun_BudgetFlagsAndTwoSeeds_RunTwoExperimentsAtTheChangedBudgetAndSummariseThem()
    {
        using var roots = new TempKitRoots();

        var (exitCode, output, error) = CliRun.Invoke("experiment", "run", "--budget", "smoke", "--formats", "ntu-rgb+d", "--epochs", "1",
            "--linear-epochs", "2", "--width", "2", "--output-dim", "8", "--seeds", "2");

        Assert.True(exitCode == 0, error);
        var runs = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(2, runs.Length);
        Assert.All(runs, run => Assert.Contains("-smoke-e1-w2-o8-l2-", run));
        Assert.Contains(runs, run => run!.Contains("-s1-"));
        Assert.Contains(runs, run => run!.Contains("-s2-"));
        foreach (var run in runs)
        {
            var folder = Path.Combine(roots.Folder, "runs", run!);
            var spec = ExperimentSpecJson.Parse(File.ReadAllText(Path.Combine(folder, "spec.json")), run!);
            // The run folder records the values, and pretraining ran one epoch (its final checkpoint opens epoch 2).
            Assert.Equal(Budget.Smoke with { Epochs = 1, HiddenChannels = 2, OutputDim = 8, LinearEpochs = 2 }, spec.Budget);
            Assert.Equal(spec.Id, run);
            Assert.Equal(2, new CheckpointStore(Path.Combine(folder, "pretrain")).Latest()!.Value.Epoch);
        }

        Assert.Contains("mean ± 95 % (n)", output);
        Assert.Contains("(n = 2)", output);
        Assert.Contains("key cosine, last pretraining epoch", output);
        Assert.Contains("LibTorch threads", output);
        var keyCosines = runs.Select(run => System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(roots.Folder, "runs", run!, "result.json")))
            .RootElement.GetProperty("KeyCosine").GetDouble()).ToArray();
        // The summary warns once, counting the collapsed runs, and only when there are any.
        var collapsed = keyCosines.Count(Kit.Training.Pretraining.KeySpread.IsCollapsed);
        if (collapsed > 0)
        {
            Assert.Contains($"{collapsed} of these 2 runs' contrastive embedding collapsed", output.ReplaceLineEndings(" "));
        }
        else
        {
            Assert.DoesNotContain("embedding collapsed", output);
        }
    }

    [Fact]
    public void ExperimentRun_Baseline_RunsItInItsOwnFolderAndPretrainRefusesIt()
    {
        using var roots = new TempKitRoots();
        string[] options = ["--budget", "smoke", "--formats", "ntu-rgb+d", "--baseline", "raw-stats"];

        var (exitCode, output, error) = CliRun.Invoke(["experiment", "run", .. options]);
        var (pretrainExit, _, pretrainError) = CliRun.Invoke(["pretrain", .. options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("top-1", output);
        var run = Assert.Single(Directory.GetDirectories(Path.Combine(roots.Folder, "runs")));
        Assert.StartsWith("baseline-raw-stats-synthetic-xsub-joint-ntu-smoke-s1-", Path.GetFileName(run));
        Assert.True(File.Exists(Path.Combine(run, "result.json")));
        Assert.Contains("protocol: baseline: raw coordinates", output); // the console wraps the rest at its width
        var saved = System.Text.Json.JsonSerializer.Deserialize<MsClr.Kit.Experiments.ExperimentResult>(File.ReadAllText(Path.Combine(run, "result.json")))!;
        Assert.StartsWith("baseline: raw coordinates, per-joint mean and std over time: no encoder", saved.Protocol);
        Assert.NotEqual(0, pretrainExit);
        Assert.Contains("has no pretraining", pretrainError);
    }
    [Fact]
    public void ExperimentRun_AugMethod_TrainsTheAblationInItsOwnFolderAndRefusesItWithoutAugmentations()
    {
        using var roots = new TempKitRoots();
        string[] options = ["--budget", "smoke", "--formats", "ntu-rgb+d", "--epochs", "1", "--linear-epochs", "2", "--width", "2", "--aug-method", "12"];

        var (exitCode, _, error) = CliRun.Invoke(["experiment", "run", .. options]);
        var (conflictExit, _, conflictError) = CliRun.Invoke(["experiment", "run", .. options, "--no-augmentations"]);

        Assert.True(exitCode == 0, error);
        var run = Assert.Single(Directory.GetDirectories(Path.Combine(roots.Folder, "runs")));
        Assert.Contains("-aug12-smoke-", Path.GetFileName(run));
        Assert.Equal("12", ExperimentSpecJson.Parse(File.ReadAllText(Path.Combine(run, "spec.json")), run).AugMethod);
        Assert.NotEqual(0, conflictExit);
        Assert.Contains("--aug-method 12", conflictError);
        Assert.Equal(0.5, ExperimentSpecJson.Parse(File.ReadAllText(Path.Combine(run, "spec.json")), run).ShearAmplitude);
    }

    [Fact]
    public void ExperimentRun_NoTemporalCrop_TrainsTheAblationInItsOwnFolderAndRefusesItWithoutAugmentations()
    {
        using var roots = new TempKitRoots();
        string[] options = ["--budget", "smoke", "--formats", "ntu-rgb+d", "--epochs", "1", "--linear-epochs", "2", "--width", "2", "--no-temporal-crop"];

        var (exitCode, _, error) = CliRun.Invoke(["experiment", "run", .. options]);
        var (conflictExit, _, conflictError) = CliRun.Invoke(["experiment", "run", .. options, "--no-augmentations"]);

        Assert.True(exitCode == 0, error);
        var run = Assert.Single(Directory.GetDirectories(Path.Combine(roots.Folder, "runs")));
        Assert.Contains("-nocrop-smoke-", Path.GetFileName(run));
        Assert.False(ExperimentSpecJson.Parse(File.ReadAllText(Path.Combine(run, "spec.json")), run).TemporalCrop);
        Assert.NotEqual(0, conflictExit);
        Assert.Contains("--no-temporal-crop", conflictError);
    }
}
