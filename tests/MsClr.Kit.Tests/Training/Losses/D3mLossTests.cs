using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class D3mLossTests
{
    [Fact]
    public void Compute_RandomLogits_EqualsNaiveLoop()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(41);
        var target = ContrastiveTensors.Logits(8, 65, generator);
        var other = ContrastiveTensors.Logits(8, 65, generator);

        var loss = AimClrObjective.D3m(target, other).item<float>();

        Assert.Equal(NaiveContrastive.D3m(NaiveContrastive.ToArray(target), NaiveContrastive.ToArray(other)), loss, 1e-5);
    }

    [Fact]
    public void Compute_IdenticalLogits_EqualsTheEntropyOfP()
    {
        using var scope = NewDisposeScope();
        var logits = ContrastiveTensors.Logits(5, 33, new Generator(42));
        var values = NaiveContrastive.ToArray(logits);
        var entropy = 0.0;
        for (var n = 0; n < 5; n++)
        {
            entropy -= NaiveContrastive.LogSoftmax(values, n).Sum(l => Math.Exp(l) * l);
        }

        Assert.Equal(entropy / 5, AimClrObjective.D3m(logits, logits).item<float>(), 1e-5);
    }

    [Fact]
    public void Compute_Backward_SendsNoGradientToTheTarget()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(43);
        var target = ContrastiveTensors.Logits(3, 9, generator).requires_grad_();
        var other = ContrastiveTensors.Logits(3, 9, generator).requires_grad_();

        AimClrObjective.D3m(target, other).backward();

        Assert.True(target.grad is null || target.grad.abs().sum().item<float>() == 0);
        Assert.True(other.grad!.abs().sum().item<float>() > 0);
    }
}
