using MsClr.Kit.Evaluation;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class LinearEvaluationOptionsTests
{
    [Fact]
    public void Run_DefaultFormats_OneProbePerTrainingFormatInOrderAndTheirEnsemble()
    {
        using var train = TinyRuns.Clips(12, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        using var test = TinyRuns.Clips(12, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        using var encoder = new StGcnEncoder(train.Formats, new EncoderConfig(HiddenChannels: 4, OutputDim: 16), Heads.Projection(16, 16, 8));
        var config = new LinearEvalConfig(Epochs: 2, BatchSize: 4, StandardiseFeatures: true);

        var report = LinearEvaluation.Run(encoder, train, test, new LinearEvaluationOptions(3) { Config = config });
        var again = LinearEvaluation.Run(encoder, train, test, new LinearEvaluationOptions(3) { Config = config });

        Assert.Equal(["ntu-rgb+d", "smpl_24"], report.Probes.Select(p => p.Format));
        Assert.NotNull(report.Ensemble);
        Assert.Equal(3, report.Probes[0].Result.Final.PerClassAccuracy.Length);
        Assert.Equal(report.Probes.Select(p => p.Result.Final.Top1), again.Probes.Select(p => p.Result.Final.Top1));
    }

    [Fact]
    public void Run_ChosenFormat_OnlyThatProbeAndNoEnsemble()
    {
        using var train = TinyRuns.Clips(12, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        using var test = TinyRuns.Clips(12, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        using var encoder = new StGcnEncoder(train.Formats, new EncoderConfig(HiddenChannels: 4, OutputDim: 16), Heads.Projection(16, 16, 8));
        var options = new LinearEvaluationOptions(3) { Formats = [SkeletonFormats.Smpl24], Config = new LinearEvalConfig(Epochs: 1, BatchSize: 4), Device = CPU };

        var report = LinearEvaluation.Run(encoder, train, test, options);

        Assert.Equal(["smpl_24"], report.Probes.Select(p => p.Format));
        Assert.Null(report.Ensemble);
    }

    [Fact]
    public void Defaults_AreThePaperProtocolOnTheJointStream()
    {
        var options = new LinearEvaluationOptions(60);

        Assert.Equal(new LinearEvalConfig(), options.Config);
        Assert.Equal(InputStream.Joint, options.Stream);
        Assert.Equal(1UL, options.Seed);
        Assert.Equal(ScoreAveraging.Softmax, options.Averaging);
        Assert.Null(options.Formats);
        Assert.Null(options.StateDirectory);
    }
}
