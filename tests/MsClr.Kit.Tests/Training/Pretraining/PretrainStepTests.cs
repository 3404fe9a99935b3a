using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Losses;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Pretraining;

/// <summary>The training step (view by view before mining) against one joint backward of L in upstream order (its oracle):
/// same losses, same gradients up to float summation order, same key encoder, queue and BatchNorm statistics.</summary>
public sealed class PretrainStepTests
{
    private static readonly ContrastiveConfig Contrastive = new(QueueSize: 16, Momentum: 0.9, FeatureDim: 8, MiningStartEpoch: 2);

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(true, 3)]
    public void ForwardBackward_MatchesTheJointBackward(bool twoFormats, int epoch)
    {
        var queryFormat = SkeletonFormats.NtuRgbD;
        var keyFormat = twoFormats ? SkeletonFormats.SmplX42 : queryFormat;
        var formats = twoFormats ? new FormatSet([queryFormat, keyFormat]) : new FormatSet([queryFormat]);
        using var joint = NewModel(formats);
        using var byView = NewModel(formats);
        using var views = Views(queryFormat, keyFormat);

        Reseed(joint);
        joint.Query.zero_grad(true);
        var expected = JointForwardBackward(joint, views, epoch);

        Reseed(byView);
        byView.Query.zero_grad(true);
        var actual = PretrainStep.ForwardBackward(byView, views, PretrainMethod.AimClr, epoch);

        Assert.Equal(epoch > Contrastive.MiningStartEpoch, actual.Mined);
        Assert.Equal(expected.Total, actual.Total, 5);
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
    public void ForwardBackward_WithoutExtremeView_SaysAimClrNeedsIt()
    {
        using var model = NewModel(new FormatSet([SkeletonFormats.NtuRgbD]));
        using var views = Views(SkeletonFormats.NtuRgbD, SkeletonFormats.NtuRgbD) with { Extreme = null };
        var error = Assert.Throws<ArgumentException>(() => PretrainStep.ForwardBackward(model, views, PretrainMethod.AimClr, epoch: 1));
        Assert.Contains("extreme view", error.Message);
    }

    // One forward of the three views in upstream order (q, q_e and q_ed, then the momentum key), one backward of L.
    private static (float Total, double Nce, double Extreme, double ExtremeDrop) JointForwardBackward(ContrastiveModel model, BatchViews views, int epoch)
    {
        using var scope = NewDisposeScope();
        var config = model.Config;
        var z = nn.functional.normalize(model.Query.Forward(views.Query, views.QueryFormat), dim: 1);
        var (plain, dropped) = model.Query.ForwardWithDrop(views.Extreme!, views.QueryFormat);
        var key = model.MomentumKey(views.Key, views.KeyFormat);
        var queue = model.Queue.Snapshot();
        var q = ContrastiveLogits.Compute(z, key, queue, config.Temperature);
        var e = ContrastiveLogits.Compute(nn.functional.normalize(plain, dim: 1), key, queue, config.Temperature);
        var ed = ContrastiveLogits.Compute(nn.functional.normalize(dropped, dim: 1), key, queue, config.Temperature);
        var nce = config.UsesMining(epoch) ? AimClrObjective.MinedNce(config.TopK, q, e, ed) : AimClrObjective.InfoNce(q.Logits);
        var (term, extreme, extremeDrop) = AimClrObjective.ExtremeTerm(q.Logits, e, ed);
        var total = nce.add(term, HeldScalars.One);
        total.backward();
        model.Queue.Enqueue(key);
        return (total.item<float>(), nce.item<float>(), extreme.item<float>(), extremeDrop.item<float>());
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
