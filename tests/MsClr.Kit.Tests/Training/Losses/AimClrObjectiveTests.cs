using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class AimClrObjectiveTests
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
    public void Objective_BeforeMining_IsInfoNcePlusHalfTheD3mTerms()
    {
        using var scope = NewDisposeScope();
        var views = RandomViews(71);
        var (q, e, ed) = Logits(views);

        var nce = AimClrObjective.InfoNce(q.Logits).item<float>();
        var (term, extreme, extremeDrop) = AimClrObjective.ExtremeTerm(q.Logits, e, ed);

        var (lq, le, led) = (NaiveLogits(views.Q, views), NaiveLogits(views.Extreme, views), NaiveLogits(views.ExtremeDrop, views));
        var naiveNce = NaiveContrastive.InfoNce(lq);
        var (de, ded) = (NaiveContrastive.D3m(lq, le), NaiveContrastive.D3m(lq, led));
        Assert.False(new ContrastiveConfig().UsesMining(150));
        Assert.Equal(naiveNce, nce, 1e-5);
        Assert.Equal(de, extreme.item<float>(), 1e-5);
        Assert.Equal(ded, extremeDrop.item<float>(), 1e-5);
        Assert.Equal(naiveNce + ((de + ded) / 2), nce + term.item<float>(), 1e-5);
    }

    [Fact]
    public void Objective_AfterMiningStart_UsesTheMinedMultiPositiveNce()
    {
        using var scope = NewDisposeScope();
        var views = RandomViews(72);
        var (q, e, ed) = Logits(views);

        var nce = AimClrObjective.MinedNce(1, q, e, ed);
        var total = nce.add(AimClrObjective.ExtremeTerm(q.Logits, e, ed).Term, HeldScalars.One);

        var (lq, le, led) = (NaiveLogits(views.Q, views), NaiveLogits(views.Extreme, views), NaiveLogits(views.ExtremeDrop, views));
        var mask = NaiveContrastive.Top1Mask(
            NaiveContrastive.ToArray(q.NegativeCosines), NaiveContrastive.ToArray(e.NegativeCosines), NaiveContrastive.ToArray(ed.NegativeCosines));
        var naiveNce = NaiveContrastive.MultiPositive(lq, mask);
        Assert.True(new ContrastiveConfig().UsesMining(151));
        Assert.Equal(naiveNce, nce.item<float>(), 1e-5);
        Assert.Equal(naiveNce + ((NaiveContrastive.D3m(lq, le) + NaiveContrastive.D3m(lq, led)) / 2), total.item<float>(), 1e-5);
    }

    [Fact]
    public void Objective_Total_BackpropagatesIntoTheQueryOnly()
    {
        using var scope = NewDisposeScope();
        var views = RandomViews(73);
        var (q, e, ed) = Logits(views);

        AimClrObjective.MinedNce(1, q, e, ed).add(AimClrObjective.ExtremeTerm(q.Logits, e, ed).Term, HeldScalars.One).backward();

        Assert.True(views.Q.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void UsesMining_EpochZero_ThrowsBecauseEpochsAreOneBased() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContrastiveConfig().UsesMining(0));

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
