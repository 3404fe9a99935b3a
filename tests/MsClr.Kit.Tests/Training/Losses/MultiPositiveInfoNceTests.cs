using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class MultiPositiveInfoNceTests
{
    [Fact]
    public void Compute_RandomLogitsAndMask_EqualsNaiveLoop()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(51);
        var logits = ContrastiveTensors.Logits(8, 65, generator);
        var mask = rand([8, 65], generator: generator).lt(HeldScalars.Of(0.1)).to(float32);
        mask.select(1, 0).fill_(HeldScalars.One);

        var loss = AimClrObjective.MultiPositiveInfoNce(logits, mask).item<float>();

        Assert.Equal(NaiveContrastive.MultiPositive(NaiveContrastive.ToArray(logits), NaiveContrastive.ToArray(mask)), loss, 1e-5);
        Assert.False(mask.IsInvalid);
    }

    [Fact]
    public void Compute_OnlyColumnZeroMasked_EqualsInfoNce()
    {
        using var scope = NewDisposeScope();
        var logits = ContrastiveTensors.Logits(4, 17, new Generator(52));
        var mask = zeros(4, 17);
        mask.select(1, 0).fill_(HeldScalars.One);

        Assert.Equal(AimClrObjective.InfoNce(logits).item<float>(), AimClrObjective.MultiPositiveInfoNce(logits, mask).item<float>(), 1e-6);
    }
}
