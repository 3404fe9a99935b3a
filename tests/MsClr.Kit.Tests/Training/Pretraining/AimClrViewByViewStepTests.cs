using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Losses;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Pretraining;

/// <summary>The view-by-view AimCLR backward against the joint one (its oracle): same losses, same gradients up to float
/// summation order, same key encoder, queue and BatchNorm statistics.</summary>
public sealed class AimClrViewByViewStepTests
{
    private static readonly ContrastiveConfig Contrastive = new(QueueSize: 16, Momentum: 0.9, FeatureDim: 8, MiningStartEpoch: 2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ForwardBackward_MatchesTheJointBackward(bool twoFormats)
    {
        var queryFormat = SkeletonFormats.NtuRgbD;
        var keyFormat = twoFormats ? SkeletonFormats.SmplX42 : queryFormat;
        var formats = twoFormats ? new FormatSet([queryFormat, keyFormat]) : new FormatSet([queryFormat]);
        using var joint = NewModel(formats);
        using var byView = NewModel(formats);
        using var views = Views(queryFormat, keyFormat);

        Reseed(joint);
        joint.Query.zero_grad(true);
        using var expected = ContrastiveStep.Forward(joint, views, PretrainMethod.AimClr, epoch: 1);
        expected.Total.backward();

        Reseed(byView);
        byView.Query.zero_grad(true);
        var actual = AimClrViewByViewStep.ForwardBackward(byView, views);

        Assert.False(expected.Mined);
        Assert.Equal(expected.Total.item<float>(), actual.Total, 5);
        Assert.Equal(expected.Nce, actual.Nce, 5);
        Assert.Equal(expected.Extreme, actual.Extreme, 5);
        Assert.Equal(expected.ExtremeDrop, actual.ExtremeDrop, 5);

        var gradients = 0;
        foreach (var ((name, a), (_, b)) in joint.Query.named_parameters().Zip(byView.Query.named_parameters()))
        {
            Assert.Equal(a.grad is null, b.grad is null);
            if (a.grad is { } ga)
            {
                gradients++;
                Assert.True(ga.allclose(b.grad!, rtol: 1e-4, atol: 1e-6), $"gradient of {name} differs: max |Δ| {(ga - b.grad!).abs().max().item<float>()}");
            }
        }

        Assert.True(gradients > 20, $"only {gradients} parameters received gradients");
        AssertSameTensors(joint.Key.named_parameters().Select(p => (p.name, (Tensor)p.parameter)), byView.Key.named_parameters().Select(p => (p.name, (Tensor)p.parameter)));
        AssertSameTensors(joint.Query.named_buffers(), byView.Query.named_buffers());
        AssertSameTensors(joint.Key.named_buffers(), byView.Key.named_buffers());
        Assert.True(joint.Queue.Snapshot().allclose(byView.Queue.Snapshot(), rtol: 0, atol: 0), "queues differ after the step");
    }

    [Fact]
    public void Applies_OnlyToAimClrBeforeMining()
    {
        Assert.True(AimClrViewByViewStep.Applies(PretrainMethod.AimClr, Contrastive, epoch: 2));
        Assert.False(AimClrViewByViewStep.Applies(PretrainMethod.AimClr, Contrastive, epoch: 3));
        Assert.False(AimClrViewByViewStep.Applies(PretrainMethod.SkeletonClr, Contrastive, epoch: 1));
    }

    [Fact]
    public void ForwardBackward_WithoutExtremeView_SaysAimClrNeedsIt()
    {
        using var model = NewModel(new FormatSet([SkeletonFormats.NtuRgbD]));
        using var views = Views(SkeletonFormats.NtuRgbD, SkeletonFormats.NtuRgbD) with { Extreme = null };
        var error = Assert.Throws<ArgumentException>(() => AimClrViewByViewStep.ForwardBackward(model, views));
        Assert.Contains("extreme view", error.Message);
    }

    private static ContrastiveModel NewModel(FormatSet formats)
    {
        var model = ContrastiveModel.Create(formats, new EncoderConfig(HiddenChannels: 4, OutputDim: 16, Dropout: 0.3), Contrastive, new Generator(5), CPU);
        model.Train();
        return model;
    }

    private static void Reseed(ContrastiveModel model)
    {
        model.Query.Randomness.Reseed(11);
        model.Key.Randomness.Reseed(12);
    }

    private static BatchViews Views(SkeletonFormat queryFormat, SkeletonFormat keyFormat)
    {
        var generator = new Generator(3);
        Tensor View(SkeletonFormat format) => randn([4, 3, 12, format.JointCount, 2], generator: generator);
        return new BatchViews(View(queryFormat), View(queryFormat), View(keyFormat), queryFormat, keyFormat, zeros(4, ScalarType.Int64));
    }

    private static void AssertSameTensors(IEnumerable<(string Name, Tensor Value)> expected, IEnumerable<(string Name, Tensor Value)> actual)
    {
        foreach (var ((name, a), (_, b)) in expected.Zip(actual))
        {
            Assert.True(a.allclose(b, rtol: 0, atol: 0), $"{name} differs");
        }
    }
}
