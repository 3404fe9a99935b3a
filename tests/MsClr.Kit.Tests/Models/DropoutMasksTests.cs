using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

public class DropoutMasksTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.2)]
    public void KeepScale_DropsAboutPWithIndependentNeighbours(double probability)
    {
        using var scope = NewDisposeScope();
        var scale = DropoutMasks.KeepScale(empty(1001, 999), probability, new Generator(3)).to(ScalarType.Float32);
        var dropped = scale.eq(HeldScalars.Of(0)).to(ScalarType.Float32);

        Assert.Equal(new long[] { 1001, 999 }, scale.shape);
        Assert.Equal(0.0, scale.masked_select(scale.ne(HeldScalars.Of(0))).sub(HeldScalars.Of(1.0 / (1.0 - probability))).abs().max().item<float>(), 6);
        Assert.InRange(dropped.mean().item<float>(), probability - 0.003, probability + 0.003);
        // Bits of one random byte sit next to each other: neighbours must still be uncorrelated, P(both) = p².
        var flat = dropped.view(-1);
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
    public void KeepScale_HalfRate_IsTheBitsOfOneByteDrawPerEightElements()
    {
        using var scope = NewDisposeScope();
        var scale = DropoutMasks.KeepScale(empty(3, 5, 7), 0.5, new Generator(9));

        // The oracle: the same byte draw, bit by bit (bit j of byte b set = element 8b + j dropped).
        var bytes = empty(14, ScalarType.Byte).random_(0, 256, new Generator(9)).data<byte>().ToArray();
        var expected = Enumerable.Range(0, 105).Select(i => ((bytes[i / 8] >> (i % 8)) & 1) == 1 ? 0f : 2f).ToArray();
        Assert.Equal(ScalarType.BFloat16, scale.dtype);
        Assert.Equal(expected, scale.to(ScalarType.Float32).data<float>().ToArray());
    }

    [Fact]
    public void KeepScale_InexactScale_UsesTheInputType()
    {
        using var scope = NewDisposeScope();
        Assert.Equal(ScalarType.Float32, DropoutMasks.KeepScale(empty(10), 0.3, new Generator(1)).dtype);
        Assert.Equal(ScalarType.Float64, DropoutMasks.KeepScale(empty(10, dtype: ScalarType.Float64), 0.3, new Generator(1)).dtype);
        Assert.Equal(ScalarType.BFloat16, DropoutMasks.KeepScale(empty(10), 0.75, new Generator(1)).dtype);
    }

    [Fact]
    public void KeepScale_SameGeneratorSeed_SameMultipliers()
    {
        using var scope = NewDisposeScope();
        var a = DropoutMasks.KeepScale(empty(3, 5, 7), 0.5, new Generator(9));
        var b = DropoutMasks.KeepScale(empty(3, 5, 7), 0.5, new Generator(9));

        Assert.True(a.equal(b).all().item<bool>());
        Assert.False(a.equal(DropoutMasks.KeepScale(empty(3, 5, 7), 0.5, new Generator(10))).all().item<bool>());
    }
}
