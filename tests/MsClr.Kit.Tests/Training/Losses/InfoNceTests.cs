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

        var loss = InfoNce.Compute(logits).item<float>();

        Assert.Equal(NaiveContrastive.InfoNce(NaiveContrastive.ToArray(logits)), loss, 1e-5);
    }

    [Fact]
    public void Compute_HugePositiveLogit_IsAboutZero()
    {
        using var scope = NewDisposeScope();
        var logits = zeros(4, 129);
        logits.select(1, 0).fill_(100);

        Assert.Equal(0.0, InfoNce.Compute(logits).item<float>(), 1e-6);
    }

    [Fact]
    public void Compute_EqualLogits_IsLogOfColumnCount()
    {
        using var scope = NewDisposeScope();

        Assert.Equal(Math.Log(17), InfoNce.Compute(zeros(3, 17)).item<float>(), 1e-5);
    }

    [Fact]
    public void MocoLoss_Logits_EqualsInfoNceOfThem()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(32);
        using var logits = ContrastiveLogits.Compute(
            ContrastiveTensors.Rows(4, 8, generator), ContrastiveTensors.Rows(4, 8, generator), ContrastiveTensors.Columns(8, 16, generator), 0.07);

        Assert.Equal(NaiveContrastive.InfoNce(NaiveContrastive.ToArray(logits.Logits)), MocoLoss.Compute(logits).item<float>(), 1e-5);
    }
}
