using MsClr.Kit.Data;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Experiments;

public class FineTuningEvaluationTests
{
    // Smoke budget with fewer fine-tuning epochs: the tests check behaviour, not accuracy.
    private static readonly ExperimentSpec Spec = new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"],
        Budget.Smoke with { LinearEpochs = 6 }, Seed: 2);

    [Fact]
    public void Run_FineTune_TrainsTheEncoderOnEveryLabelRepeatsWithTheSameSeedResumesWhenStoppedAndRecordsItsOwnMetric()
    {
        using var temp = new TempFolder("finetune");
        var (data, runs) = (Path.Combine(temp.Path, "data"), Path.Combine(temp.Path, "runs"));
        new ExperimentRunner(data, runs, CPU).Pretrain(Spec).Dispose();
        var evaluation = new FineTuningEvaluation(data, runs, CPU);

        var first = evaluation.Run(Spec, EvaluationProtocol.FineTune);
        var again = evaluation.Run(Spec, EvaluationProtocol.FineTune, force: true);
        var reused = evaluation.Run(Spec, EvaluationProtocol.FineTune);
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.Throws<OperationCanceledException>(() => evaluation.Run(Spec, EvaluationProtocol.FineTune, force: true, stop.Token));
        var state = Path.Combine(runs, Spec.Id, FineTuningEvaluation.StateFolderName(EvaluationProtocol.FineTune));
        Assert.True(Directory.Exists(state), "a stopped fine-tuning run keeps its state");
        var resumed = evaluation.Run(Spec, EvaluationProtocol.FineTune, force: true);

        Assert.True(first.EncoderChange > 1e-4, $"encoder moved by {first.EncoderChange}");
        Assert.Equal(1.0, first.LabelledFraction);
        Assert.Equal(Spec.Budget.Epochs, first.TrainLoss.Count);
        Assert.True(first.TrainLoss[^1] < first.TrainLoss[0], $"losses {string.Join(", ", first.TrainLoss)}");
        Assert.StartsWith("full fine-tuning: encoder not frozen", first.Protocol);
        Assert.Contains("label fraction 100 %", first.Protocol);
        Assert.Equal(first.Top1, again.Top1);
        Assert.Equal(first.TrainLoss, again.TrainLoss);
        Assert.Equal(first.EncoderChange, again.EncoderChange);
        Assert.Equal(first.Top1, reused.Top1);
        Assert.Equal(first.TrainLoss, resumed.TrainLoss);
        Assert.Equal(first.Top1, resumed.Top1);
        Assert.False(Directory.Exists(state));
        Assert.Equal(first.LabelledSampleIds, reused.LabelledSampleIds);
        Assert.True(File.Exists(Path.Combine(runs, Spec.Id, "finetune.json")));
        var rows = new ResultsStore(runs).Load();
        Assert.Equal("finetune:top1", FineTuningEvaluation.Metric(EvaluationProtocol.FineTune));
        Assert.Equal(3, rows.Count(r => r.Metric == "finetune:top1" && r.SpecId == Spec.Id)); // each forced run that finished records; the reuse and the stop do not
        Assert.DoesNotContain(rows, r => r.Metric.StartsWith("semi", StringComparison.Ordinal) || r.Metric == ResultMetrics.Top1);
    }

    [Fact]
    public void LinearEvaluation_SamePretrainedEncoder_LeavesEveryEncoderWeightAsItWas()
    {
        using var temp = new TempFolder("finetune-linear");
        var data = Path.Combine(temp.Path, "data");
        using var model = new ExperimentRunner(data, Path.Combine(temp.Path, "runs"), CPU).Pretrain(Spec);
        var benchmark = Spec.Benchmark;
        var formats = Spec.ResolveEvaluationFormats();
        using var train = ExperimentClips.Training(data, Spec, formats);
        using var test = ExperimentClips.Test(data, Spec, formats);
        var before = model.Query.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());

        LinearEvaluation.Run(model.Query, train, test, new LinearEvaluationOptions(benchmark.Classes) { Formats = formats, Config = Spec.Budget.LinearEval(), Device = CPU });

        Assert.All(model.Query.state_dict(), p => Assert.True(p.Value.equal(before[p.Key]).all().item<bool>(), p.Key));
    }

    [Theory]
    [InlineData(EvaluationProtocol.Semi1, "semi-1.json", "semi1:top1")]
    [InlineData(EvaluationProtocol.Semi10, "semi-10.json", "semi10:top1")]
    [InlineData(EvaluationProtocol.FineTune, "finetune.json", "finetune:top1")]
    public void FileNameAndMetric_FineTuningProtocols_AreNamedAfterTheProtocol(EvaluationProtocol protocol, string file, string metric)
    {
        Assert.Equal(file, FineTuningEvaluation.FileName(protocol));
        Assert.Equal(metric, FineTuningEvaluation.Metric(protocol));
    }

    [Theory]
    [InlineData("paper", EvaluationProtocol.FineTune, 100, 80)]
    [InlineData("paper", EvaluationProtocol.Semi1, 100, 80)]
    [InlineData("quick", EvaluationProtocol.FineTune, 3, 2)]
    [InlineData("quick", EvaluationProtocol.Semi10, 30, 24)]
    [InlineData("quick", EvaluationProtocol.Semi1, 30, 24)]
    [InlineData("smoke", EvaluationProtocol.FineTune, 3, 2)]
    public void Config_NamedBudgets_GiveTheFields100EpochsAtPaperAndNoMoreClipPassesThanPretrainingBelow(string budget, EvaluationProtocol protocol, int epochs, int milestone)
    {
        var spec = Spec with { Budget = Budget.Get(budget) };

        var config = FineTuningEvaluation.Config(spec, protocol, labelled: 1000);

        Assert.Equal(epochs, config.Epochs);
        Assert.Equal([milestone], config.Milestones);
        Assert.Equal(0.1, config.LearningRate);
        Assert.Equal(spec.Budget.BatchSize, config.BatchSize);
        Assert.Equal(5, FineTuningEvaluation.Config(spec, protocol, labelled: 5).BatchSize);
    }

    [Theory]
    [InlineData(EvaluationProtocol.Linear)]
    [InlineData(EvaluationProtocol.Knn)]
    public void Metric_FrozenProtocol_IsRefusedNamingTheProtocol(EvaluationProtocol protocol)
    {
        var error = Assert.Throws<ArgumentException>(() => FineTuningEvaluation.Metric(protocol));

        Assert.Contains(protocol.Name(), error.Message);
    }

    [Fact]
    public void Describe_FineTuneAndSemi_NameTheLabelFractionEpochsBatchAndRate()
    {
        var finetune = FineTuningEvaluation.Describe(Spec, EvaluationProtocol.FineTune);
        var semi = FineTuningEvaluation.Describe(Spec, EvaluationProtocol.Semi1);

        Assert.Contains("encoder not frozen", finetune);
        Assert.Contains("label fraction 100 %", finetune);
        Assert.Contains("3 epochs", finetune);
        Assert.Contains("batch up to 16", finetune);
        Assert.Contains("lr 0.1", finetune);
        Assert.StartsWith("semi-supervised: encoder not frozen", semi);
        Assert.Contains("label fraction 1 %", semi);
        Assert.Contains("6 epochs", semi);
    }
}
