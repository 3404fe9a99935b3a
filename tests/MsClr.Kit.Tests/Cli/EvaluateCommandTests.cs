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
    public void EvaluateLinear_PretrainedRun_PrintsTheProtocolAndSavesItWithTheResult()
    {
        using var roots = new TempKitRoots();
        Assert.Equal(0, CliRun.Invoke(["pretrain", .. Options]).ExitCode);

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "linear", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: linear evaluation: frozen encoder", output);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        var saved = System.Text.Json.JsonSerializer.Deserialize<ExperimentResult>(File.ReadAllText(Path.Combine(run, "result.json")))!;
        Assert.StartsWith("linear evaluation: frozen encoder", saved.Protocol);
        Assert.Contains($"{Budget.Smoke.LinearEpochs} epochs", saved.Protocol);
    }

    [Fact]
    public void EvaluateKnn_NotPretrained_FailsNamingTheRun()
    {
        using var roots = new TempKitRoots();

        var (exitCode, _, error) = CliRun.Invoke(["evaluate", "--protocol", "knn", .. Options]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("is not pretrained yet", error);
    }

    [Fact]
    public void EvaluateSemi10_PretrainedRun_SavesTheLabelledClipsAndRecordsTheTop1()
    {
        using var roots = new TempKitRoots();
        // The budget's values are part of the experiment: the probe's epochs too, so pretrain with the same flags.
        Assert.Equal(0, CliRun.Invoke(["pretrain", "--linear-epochs", "2", .. Options]).ExitCode);

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "semi-10", "--linear-epochs", "2", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: semi-supervised: encoder not frozen", output);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        using var saved = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(run, FineTuningEvaluation.FileName(EvaluationProtocol.Semi10))));
        Assert.Contains("label fraction 10 %", saved.RootElement.GetProperty("protocol").GetString());
        // The smoke data has 2 training clips per class: 10 % rounds to the minimum of one per class.
        Assert.Equal(MsClr.Kit.Data.Synthetic.SyntheticActions.Count, saved.RootElement.GetProperty("labelled_sample_ids").GetArrayLength());
        Assert.Contains(new ResultsStore(Path.Combine(roots.Folder, "runs")).Load(), r => r.Metric == FineTuningEvaluation.Metric(EvaluationProtocol.Semi10));
    }

    [Fact]
    public void EvaluateFinetune_PretrainedRun_PrintsTheProtocolUsesEveryLabelAndRecordsFinetuneTop1()
    {
        using var roots = new TempKitRoots();
        Assert.Equal(0, CliRun.Invoke(["pretrain", "--linear-epochs", "2", .. Options]).ExitCode);

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "finetune", "--linear-epochs", "2", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: full fine-tuning: encoder not frozen", output);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        var saved = FineTuningResult.Read(Path.Combine(run, FineTuningEvaluation.FileName(EvaluationProtocol.FineTune)));
        Assert.Contains("label fraction 100 %", saved.Protocol);
        Assert.Contains(" 1 epoch,", saved.Protocol); // min(--linear-epochs 2, --epochs 1 ÷ 100 % of the labels)
        Assert.Single(saved.TrainLoss);
        Assert.Equal(1.0, saved.LabelledFraction);
        Assert.True(saved.EncoderChange > 0);
        var rows = new ResultsStore(Path.Combine(roots.Folder, "runs")).Load();
        Assert.Single(rows, r => r.Metric == "finetune:top1" && r.Value is >= 0 and <= 1);
    }

    [Fact]
    public void EvaluateSubject_PretrainedRun_PrintsTheProtocolAndChanceAndRecordsSubjectTop1()
    {
        using var roots = new TempKitRoots();
        Assert.Equal(0, CliRun.Invoke(["pretrain", "--linear-epochs", "2", .. Options]).ExitCode);

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "subject", "--linear-epochs", "2", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: subject probe: frozen pretrained encoder", output);
        // The smoke data's training side holds subjects 1 and 3: chance is one in two.
        Assert.Contains("50.0", output);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        using var saved = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(run, ProbedAttribute.Subject.FileName())));
        Assert.Contains("split per subject", saved.RootElement.GetProperty("protocol").GetString());
        Assert.Equal(2, saved.RootElement.GetProperty("formats").GetProperty("ntu-rgb+d").GetProperty("classes").GetInt32());
        var rows = new ResultsStore(Path.Combine(roots.Folder, "runs")).Load();
        Assert.Contains(rows, r => r.Metric == ProbedAttribute.Subject.Metric() && r.Value is >= 0 and <= 1);
        Assert.Contains(rows, r => r.Metric == ProbedAttribute.Subject.Metric() + ":ntu-rgb+d");

        // A second call reuses subject.json and records nothing new.
        Assert.Equal(0, CliRun.Invoke(["evaluate", "--protocol", "subject", "--linear-epochs", "2", .. Options]).ExitCode);
        Assert.Equal(rows.Count, new ResultsStore(Path.Combine(roots.Folder, "runs")).Load().Count);

        // A file from before the probe was generalised ("subjects", not "classes") is probed again, to the same top-1.
        var path = Path.Combine(run, ProbedAttribute.Subject.FileName());
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"classes\"", "\"subjects\"", StringComparison.Ordinal));
        var (_, again, _) = CliRun.Invoke(["evaluate", "--protocol", "subject", "--linear-epochs", "2", .. Options]);
        Assert.Contains("\"classes\": 2", File.ReadAllText(path));
        Assert.Equal(rows.Count + 2, new ResultsStore(Path.Combine(roots.Folder, "runs")).Load().Count);
        Assert.Contains($"{saved.RootElement.GetProperty("formats").GetProperty("ntu-rgb+d").GetProperty("top1").GetDouble():P1}", again);
    }

    [Fact]
    public void EvaluateSubject_RandomInitBaseline_ProbesTheUntrainedEncoderWithoutPretraining()
    {
        using var roots = new TempKitRoots();

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "subject", "--baseline", "random-init", "--linear-epochs", "2", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: subject probe: the initial weights pretraining starts from", output);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        Assert.StartsWith("baseline-random-init-", Path.GetFileName(run));
        Assert.False(Directory.Exists(Path.Combine(run, "pretrain")));
    }

    [Fact]
    public void EvaluateSubject_RawStatsBaseline_ProbesTheCoordinates()
    {
        using var roots = new TempKitRoots();

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "subject", "--baseline", "raw-stats", "--linear-epochs", "2", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: subject probe: baseline: raw", output);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        Assert.Contains("per-joint mean and std over time, no encoder", File.ReadAllText(Path.Combine(run, ProbedAttribute.Subject.FileName())));
        Assert.Contains(new ResultsStore(Path.Combine(roots.Folder, "runs")).Load(), r => r.Metric == ProbedAttribute.Subject.Metric());
    }

    [Fact]
    public void EvaluateView_RawStatsBaseline_NamesTheCameraViewInItsOwnFileAndMetric()
    {
        using var roots = new TempKitRoots();

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "view", "--baseline", "raw-stats", "--linear-epochs", "2", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: view probe: baseline: raw", output);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        Assert.False(File.Exists(Path.Combine(run, ProbedAttribute.Subject.FileName())));
        using var saved = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "view.json")));
        Assert.Contains("split per view ('view' metadata)", saved.RootElement.GetProperty("protocol").GetString());
        // The smoke data's training side (subjects 1 and 3) is seen from views 1 and 3.
        Assert.Equal(2, saved.RootElement.GetProperty("formats").GetProperty("ntu-rgb+d").GetProperty("classes").GetInt32());
        var rows = new ResultsStore(Path.Combine(roots.Folder, "runs")).Load();
        Assert.Contains(rows, r => r.Metric == "view:top1" && r.Value is >= 0 and <= 1);
        Assert.DoesNotContain(rows, r => r.Metric == ProbedAttribute.Subject.Metric());
    }

    [Fact]
    public void EvaluateSubject_SupervisedBaseline_FailsNamingIt()
    {
        using var roots = new TempKitRoots();

        var (exitCode, _, error) = CliRun.Invoke(["evaluate", "--protocol", "subject", "--baseline", "supervised", .. Options]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("supervised baseline: it keeps no features to probe", error);
    }

    [Fact]
    public void EvaluateLinearCalibrated_PretrainedRun_RecordsItsOwnMetricAndLeavesResultJsonAndTheCheckpointAlone()
    {
        using var roots = new TempKitRoots();
        Assert.Equal(0, CliRun.Invoke(["experiment", "run", .. Options]).ExitCode);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        // Logs and the pretraining lock (it holds the pid of whoever reloads the checkpoint) are not results.
        var untouched = Directory.GetFiles(run, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".log", StringComparison.Ordinal) && Path.GetFileName(f) != ".lock")
            .ToDictionary(f => f, File.ReadAllBytes);

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "linear-calibrated", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: linear evaluation on recalibrated BatchNorm statistics: the pretrained", output);
        Assert.Contains("only the BatchNorm buffers re-estimated", File.ReadAllText(Path.Combine(run, CalibratedLinearEvaluation.FileName)));
        Assert.All(untouched, f => Assert.True(f.Value.AsSpan().SequenceEqual(File.ReadAllBytes(f.Key)), f.Key));
        var rows = new ResultsStore(Path.Combine(roots.Folder, "runs")).Load();
        Assert.Contains(rows, r => r.Metric == CalibratedLinearEvaluation.Metric && r.Value is >= 0 and <= 1);
        Assert.Contains(rows, r => r.Metric == CalibratedLinearEvaluation.Metric + ":ntu-rgb+d");

        // A second call reuses linear-calibrated.json and records nothing new.
        Assert.Equal(0, CliRun.Invoke(["evaluate", "--protocol", "linear-calibrated", .. Options]).ExitCode);
        Assert.Equal(rows.Count, new ResultsStore(Path.Combine(roots.Folder, "runs")).Load().Count);
    }

    [Fact]
    public void EvaluateLinearCalibrated_RandomInitBaseline_CalibratesTheUntrainedEncoderWithoutPretraining()
    {
        using var roots = new TempKitRoots();

        var (exitCode, output, error) = CliRun.Invoke(["evaluate", "--protocol", "linear-calibrated", "--baseline", "random-init", .. Options]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("protocol: linear evaluation on recalibrated", output);
        var run = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Single();
        Assert.StartsWith("baseline-random-init-", Path.GetFileName(run));
        Assert.False(Directory.Exists(Path.Combine(run, "pretrain")));
        Assert.Contains("the initial weights pretraining starts from (random-init), frozen", File.ReadAllText(Path.Combine(run, CalibratedLinearEvaluation.FileName)));
    }

    [Fact]
    public void EvaluateLinearCalibrated_RawStatsBaseline_FailsNamingIt()
    {
        using var roots = new TempKitRoots();

        var (exitCode, _, error) = CliRun.Invoke(["evaluate", "--protocol", "linear-calibrated", "--baseline", "raw-stats", .. Options]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("raw-stats baseline: it keeps no features to probe; linear-calibrated takes", error);
    }

    [Fact]
    public void Evaluate_UnknownProtocol_FailsNamingTheChoices()
    {
        using var roots = new TempKitRoots();

        var (exitCode, _, error) = CliRun.Invoke(["evaluate", "--protocol", "semi-5", .. Options]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("linear, knn, semi-1, semi-10, finetune, subject", error);
    }
}
