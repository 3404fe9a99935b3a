using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class InfoNceTests
{
    [Fact]
    public void Compute_RandomLogits_EqualsNaiveLoop()
    {
        using var scope = NewDisposeScope();
        var logits = ContrastiveTensors.Logits(8, 65, new Generator(31));

        var loss = AimClrObjective.InfoNce(logits).item<float>();

        Assert.Equal(NaiveContrastive.InfoNce(NaiveContrastive.ToArray(logits)), loss, 1e-5);
    }

    [Fact]
    public void Compute_HugePositiveLogit_IsAboutZero()
    {
        using var scope = NewDisposeScope();
        var logits = zeros(4, 129);
        logits.select(1, 0).fill_(HeldScalars.Of(100));

        Assert.Equal(0.0, AimClrObjective.InfoNce(logits).item<float>(), 1e-6);
    }

    [Fact]
    public void Compute_EqualLogits_IsLogOfColumnCount()
    {
        using var scope = NewDisposeScope();

        Assert.Equal(Math.Log(17), AimClrObjective.InfoNce(zeros(3, 17)).item<float>(), 1e-5);
    }
}
