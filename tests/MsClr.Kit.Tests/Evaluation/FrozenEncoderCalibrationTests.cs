using MsClr.Kit.Data;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class FrozenEncoderCalibrationTests
{
    private static readonly SkeletonFormat Format = SkeletonFormats.NtuRgbD;

    [Fact]
    public void Run_LeavesEveryParameterBitIdenticalAndReestimatesEveryBatchNormBuffer()
    {
        using var scope = NewDisposeScope();
        var encoder = Encoder();
        using var clips = Clips(12, seed: 1);
        var parameters = encoder.named_parameters().ToDictionary(p => p.name, p => p.parameter.detach().clone());
        var means = encoder.named_buffers().Where(b => b.name.EndsWith("running_mean", StringComparison.Ordinal)).ToDictionary(b => b.name, b => b.buffer.clone());

        FrozenEncoderCalibration.Run(encoder, clips, [Format], InputStream.Joint, batchSize: 5, CPU);

        Assert.All(encoder.named_parameters(), p => Assert.True(p.parameter.equal(parameters[p.name]).all().item<bool>(), p.name));
        Assert.NotEmpty(means);
        // A fresh encoder's running means are 0; every BatchNorm has seen the clips, so none is left there.
        Assert.All(encoder.named_buffers().Where(b => means.ContainsKey(b.name)), b => Assert.False(b.buffer.equal(means[b.name]).all().item<bool>(), b.name));
        Assert.False(encoder.training);
        Assert.All(encoder.modules().OfType<BatchNorm2d>(), n => Assert.False(n.training));
    }

    [Fact]
    public void Run_TwiceAndFromDifferentStartingStatistics_GivesBitIdenticalBuffersAndFeatures()
    {
        using var scope = NewDisposeScope();
        using var clips = Clips(12, seed: 1);
        var first = Encoder();
        var second = Encoder();
        Corrupt(second);

        FrozenEncoderCalibration.Run(first, clips, [Format], InputStream.Joint, batchSize: 5, CPU);
        FrozenEncoderCalibration.Run(second, clips, [Format], InputStream.Joint, batchSize: 5, CPU);
        var again = first.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());
        FrozenEncoderCalibration.Run(first, clips, [Format], InputStream.Joint, batchSize: 5, CPU);

        Assert.All(first.state_dict(), p => Assert.True(p.Value.equal(again[p.Key]).all().item<bool>(), p.Key));
        Assert.All(second.state_dict(), p => Assert.True(p.Value.equal(again[p.Key]).all().item<bool>(), p.Key));
        var features = FeatureExtraction.Extract(first, clips[Format], InputStream.Joint, 5, CPU);
        Assert.True(features.equal(FeatureExtraction.Extract(second, clips[Format], InputStream.Joint, 5, CPU)).all().item<bool>());
    }

    [Fact]
    public void LinearProbe_DeliberatelyWrongRunningStatistics_FailsPlainAndRecoversOnceCalibrated()
    {
        using var scope = NewDisposeScope();
        using var train = Clips(40, seed: 1);
        using var test = Clips(40, seed: 2);
        var encoder = Encoder();
        // Running means of 1e8 leave nothing of the clips in fp32 (its spacing there is 8): every clip gives the same features.
        Corrupt(encoder);
        var options = new LinearEvaluationOptions(Classes: 2)
        {
            Config = new LinearEvalConfig(LearningRate: 0.5, Epochs: 10, Milestones: [8], BatchSize: 16, StandardiseFeatures: true),
        };

        var plain = LinearEvaluation.Run(encoder, train, test, options).Probes[0].Result.Final.Top1;
        FrozenEncoderCalibration.Run(encoder, train, [Format], InputStream.Joint, batchSize: 16, CPU);
        var calibrated = LinearEvaluation.Run(encoder, train, test, options).Probes[0].Result.Final.Top1;

        Assert.Equal(0.5, plain);
        Assert.True(calibrated > 0.9, $"calibrated top-1 {calibrated}");
    }

    [Fact]
    public void Run_NoFormat_FailsNamingTheArgument()
    {
        using var scope = NewDisposeScope();
        using var clips = Clips(4, seed: 1);

        var error = Assert.Throws<ArgumentException>(() => FrozenEncoderCalibration.Run(Encoder(), clips, [], InputStream.Joint, 4, CPU));

        Assert.Equal("formats", error.ParamName);
    }

    [Fact]
    public void ParameterGuard_IgnoresBuffersButReportsAChangedParameterByName()
    {
        using var scope = NewDisposeScope();
        var encoder = Encoder();
        using var guard = FrozenModuleGuard.Parameters(encoder);

        Corrupt(encoder);
        guard.Verify();
        using (no_grad())
        {
            encoder.get_parameter("fc.0.bias")!.add_(HeldScalars.Of(1e-3f), HeldScalars.One);
        }

        var error = Assert.Throws<InvalidOperationException>(guard.Verify);
        Assert.Contains("fc.0.bias", error.Message);
    }

    private static StGcnEncoder Encoder()
    {
        var encoder = new StGcnEncoder(new FormatSet(Format), new EncoderConfig(HiddenChannels: 4, OutputDim: 16), Heads.Projection(16, 16, 8));
        // Its own generator: the global one is shared with the tests running beside this one.
        WeightInitialisation.Apply(encoder, new Generator(3));
        return encoder;
    }

    private static void Corrupt(StGcnEncoder encoder)
    {
        foreach (var (name, buffer) in encoder.named_buffers().Where(b => b.name.EndsWith("running_mean", StringComparison.Ordinal)))
        {
            buffer.fill_(HeldScalars.Of(1e8f));
        }
    }

    // Two classes, every coordinate shifted by the label: separable once the statistics let the offset through.
    private static MultiFormatClips Clips(int count, int seed)
    {
        var random = new Random(seed);
        var samples = Enumerable.Range(0, count).Select(i => new SkeletonSample(
            $"c{seed}-{i}", i % 2, new Dictionary<string, int>(), 16, 1, Format.JointCount,
            Enumerable.Range(0, 16 * Format.JointCount * 3).Select(_ => (float)(random.NextDouble() + (i % 2))).ToArray()));
        return new MultiFormatClips([ClipTensors.FromSamples(Format, samples)]);
    }
}
