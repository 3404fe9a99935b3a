using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class AimClrLossTests
{
    private const double Temperature = 0.07;

    private sealed record Views(Tensor Q, Tensor Extreme, Tensor ExtremeDrop, Tensor Key, Tensor Queue);

    private static Views RandomViews(int seed)
    {
        var generator = new Generator((ulong)seed);
        return new Views(
            ContrastiveTensors.Rows(4, 8, generator).requires_grad_(),
            ContrastiveTensors.Rows(4, 8, generator),
            ContrastiveTensors.Rows(4, 8, generator),
            ContrastiveTensors.Rows(4, 8, generator),
            ContrastiveTensors.Columns(8, 32, generator));
    }

    private static (ContrastiveLogits Q, ContrastiveLogits E, ContrastiveLogits Ed) Logits(Views v) => (
        ContrastiveLogits.Compute(v.Q, v.Key, v.Queue, Temperature),
        ContrastiveLogits.Compute(v.Extreme, v.Key, v.Queue, Temperature),
        ContrastiveLogits.Compute(v.ExtremeDrop, v.Key, v.Queue, Temperature));

    private static double[,] NaiveLogits(Tensor z, Views v) => NaiveContrastive.Logits(
        NaiveContrastive.ToArray(z), NaiveContrastive.ToArray(v.Key), NaiveContrastive.ToArray(v.Queue), Temperature);

    [Fact]
    public void Compute_MiningStartEpoch_IsInfoNcePlusHalfTheD3mTerms()
    {
        using var scope = NewDisposeScope();
        var views = RandomViews(71);
        var (q, e, ed) = Logits(views);

        using var terms = new AimClrLoss().Compute(q, e, ed, epoch: 150);

        var (lq, le, led) = (NaiveLogits(views.Q, views), NaiveLogits(views.Extreme, views), NaiveLogits(views.ExtremeDrop, views));
        var nce = NaiveContrastive.InfoNce(lq);
        var (de, ded) = (NaiveContrastive.D3m(lq, le), NaiveContrastive.D3m(lq, led));
        Assert.False(terms.Mined);
        Assert.Equal(nce, terms.Nce.item<float>(), 1e-5);
        Assert.Equal(de, terms.Extreme.item<float>(), 1e-5);
        Assert.Equal(ded, terms.ExtremeDrop.item<float>(), 1e-5);
        Assert.Equal(nce + ((de + ded) / 2), terms.Total.item<float>(), 1e-5);
    }

    [Fact]
    public void Compute_AfterMiningStart_UsesTheMinedMultiPositiveNce()
    {
        using var scope = NewDisposeScope();
        var views = RandomViews(72);
        var (q, e, ed) = Logits(views);

        using var terms = new AimClrLoss().Compute(q, e, ed, epoch: 151);

        var (lq, le, led) = (NaiveLogits(views.Q, views), NaiveLogits(views.Extreme, views), NaiveLogits(views.ExtremeDrop, views));
        var mask = NaiveContrastive.Top1Mask(
            NaiveContrastive.ToArray(q.NegativeCosines), NaiveContrastive.ToArray(e.NegativeCosines), NaiveContrastive.ToArray(ed.NegativeCosines));
        var nce = NaiveContrastive.MultiPositive(lq, mask);
        Assert.True(terms.Mined);
        Assert.Equal(nce, terms.Nce.item<float>(), 1e-5);
        Assert.Equal(nce + ((NaiveContrastive.D3m(lq, le) + NaiveContrastive.D3m(lq, led)) / 2), terms.Total.item<float>(), 1e-5);
    }

    [Fact]
    public void Compute_Total_BackpropagatesIntoTheQueryOnly()
    {
        using var scope = NewDisposeScope();
        var views = RandomViews(73);
        var (q, e, ed) = Logits(views);

        using var terms = new AimClrLoss().Compute(q, e, ed, epoch: 200);
        terms.Total.backward();

        Assert.True(views.Q.grad!.abs().sum().item<float>() > 0);
        Assert.False(terms.Nce.requires_grad);
    }

    [Fact]
    public void Compute_EpochZero_ThrowsBecauseEpochsAreOneBased()
    {
        using var scope = NewDisposeScope();
        var (q, e, ed) = Logits(RandomViews(74));

        Assert.Throws<ArgumentOutOfRangeException>(() => new AimClrLoss().Compute(q, e, ed, epoch: 0));
    }

    [Fact]
    public void ContrastiveConfig_Defaults_AreThePapersValues()
    {
        var config = new ContrastiveConfig();

        Assert.Equal((32768, 0.999, 0.07, 128, 150, 1),
            (config.QueueSize, config.Momentum, config.Temperature, config.FeatureDim, config.MiningStartEpoch, config.TopK));
        Assert.False(config.UsesMining(150));
        Assert.True(config.UsesMining(151));
        Assert.Throws<ArgumentOutOfRangeException>(() => (config with { Temperature = 0 }).Validate());
    }
}
