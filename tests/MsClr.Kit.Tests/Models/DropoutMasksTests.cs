using MsClr.Kit.Models;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

public class DropoutMasksTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.2)]
    public void Dropped_DropsAboutPWithIndependentNeighbours(double probability)
    {
        using var scope = NewDisposeScope();
        var mask = DropoutMasks.Dropped(empty(1001, 999), probability, new Generator(3)).to(ScalarType.Float32);

        Assert.Equal(new long[] { 1001, 999 }, mask.shape);
        Assert.InRange(mask.mean().item<float>(), probability - 0.003, probability + 0.003);
        // Bits of one random byte sit next to each other: neighbours must still be uncorrelated, P(both) = p².
        var flat = mask.view(-1);
        var both = (flat.narrow(0, 0, flat.shape[0] - 1) * flat.narrow(0, 1, flat.shape[0] - 1)).mean().item<float>();
        Assert.InRange(both, (probability * probability) - 0.003, (probability * probability) + 0.003);
        // Every bit position of a byte drops at the same rate (no bit of the draw is biased).
        for (var bit = 0; bit < 8; bit++)
        {
            var rate = flat.narrow(0, 0, 999_992).view(-1, 8).select(1, bit).mean().item<float>();
            Assert.InRange(rate, probability - 0.005, probability + 0.005);
        }
    }

    [Fact]
    public void Dropped_SameGeneratorSeed_SameMaskAndBool()
    {
        using var scope = NewDisposeScope();
        var a = DropoutMasks.Dropped(empty(3, 5, 7), 0.5, new Generator(9));
        var b = DropoutMasks.Dropped(empty(3, 5, 7), 0.5, new Generator(9));

        Assert.Equal(ScalarType.Bool, a.dtype);
        Assert.True(a.equal(b).all().item<bool>());
        Assert.False(a.equal(DropoutMasks.Dropped(empty(3, 5, 7), 0.5, new Generator(10))).all().item<bool>());
    }
}
