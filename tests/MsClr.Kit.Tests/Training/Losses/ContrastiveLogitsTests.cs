using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class ContrastiveLogitsTests
{
    [Fact]
    public void Compute_RandomFeatures_EqualsNaiveLoop()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(21);
        var query = ContrastiveTensors.Rows(6, 16, generator);
        var key = ContrastiveTensors.Rows(6, 16, generator);
        var queue = ContrastiveTensors.Columns(16, 40, generator);

        using var logits = ContrastiveLogits.Compute(query, key, queue, 0.07);

        Assert.Equal([6L, 41L], logits.Logits.shape);
        Assert.Equal([6L, 40L], logits.NegativeCosines.shape);
        var expected = NaiveContrastive.Logits(
            NaiveContrastive.ToArray(query), NaiveContrastive.ToArray(key), NaiveContrastive.ToArray(queue), 0.07);
        var actual = NaiveContrastive.ToArray(logits.Logits);
        var cosines = NaiveContrastive.ToArray(logits.NegativeCosines);
        for (var n = 0; n < 6; n++)
        {
            for (var j = 0; j < 41; j++)
            {
                Assert.Equal(expected[n, j], actual[n, j], 1e-5);
                if (j > 0)
                {
                    Assert.Equal(expected[n, j] * 0.07, cosines[n, j - 1], 1e-5);
                }
            }
        }
    }

    [Fact]
    public void Compute_QueryWithGradient_LogitsCarryItAndCosinesDoNot()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(22);
        var query = ContrastiveTensors.Rows(2, 4, generator).requires_grad_();

        using var logits = ContrastiveLogits.Compute(query, ContrastiveTensors.Rows(2, 4, generator), ContrastiveTensors.Columns(4, 8, generator), 0.07);

        Assert.True(logits.Logits.requires_grad);
        Assert.False(logits.NegativeCosines.requires_grad);
    }

    [Fact]
    public void Compute_QueueOfOtherDim_Throws()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(23);

        Assert.Throws<ArgumentException>(() => ContrastiveLogits.Compute(
            ContrastiveTensors.Rows(2, 4, generator), ContrastiveTensors.Rows(2, 4, generator), ContrastiveTensors.Columns(5, 8, generator), 0.07));
    }
}
