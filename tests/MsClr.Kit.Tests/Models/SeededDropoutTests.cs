using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

public class SeededDropoutTests
{
    [Fact]
    public void Forward_Training_KeepsAboutOneMinusPAndScalesKeptValues()
    {
        using var scope = NewDisposeScope();
        var randomness = new DropoutRandomness();
        randomness.Reseed(5);
        using var dropout = new SeededDropout(0.3, randomness);
        dropout.train();

        var y = dropout.forward(ones(200_000));

        var kept = y.ne(HeldScalars.Of(0)).to(ScalarType.Float32).mean().item<float>();
        Assert.InRange(kept, 0.69, 0.71);
        Assert.True(y.masked_select(y.ne(HeldScalars.Of(0))).allclose(full(1, HeldScalars.Of(1 / 0.7f))), "kept values are scaled by 1 / (1 - p)");
    }

    [Fact]
    public void Forward_SameSeed_SameMaskAndOtherSeed_OtherMask()
    {
        using var scope = NewDisposeScope();
        Tensor Draw(ulong seed)
        {
            var randomness = new DropoutRandomness();
            randomness.Reseed(seed);
            using var dropout = new SeededDropout(0.5, randomness);
            dropout.train();
            return dropout.forward(ones(1000));
        }

        Assert.True(Draw(7).allclose(Draw(7), 0, 0));
        Assert.False(Draw(7).allclose(Draw(8), 0, 0));
    }

    [Theory]
    [InlineData(ScalarType.Float32)]
    [InlineData(ScalarType.BFloat16)]
    public void Backward_PassesTheGradientThroughKeptElementsOnly(ScalarType type)
    {
        using var scope = NewDisposeScope();
        var randomness = new DropoutRandomness();
        randomness.Reseed(3);
        using var dropout = new SeededDropout(0.5, randomness);
        dropout.train();
        var x = randn(4000).add(HeldScalars.Of(3), HeldScalars.One).to(type).requires_grad_(true);

        var y = dropout.forward(x);
        y.backward([ones_like(y)]);

        Assert.Equal(type, y.dtype);
        Assert.Equal(type, x.grad!.dtype);
        // Kept elements (nonzero output) are doubled and get gradient 2; dropped ones get 0 and gradient 0.
        var kept = y.ne(HeldScalars.Of(0));
        Assert.True(y.masked_select(kept).equal(x.detach().mul(HeldScalars.Of(2)).masked_select(kept)).all().item<bool>());
        Assert.True(x.grad!.equal(kept.to(type).mul(HeldScalars.Of(2))).all().item<bool>());
        Assert.InRange(kept.to(ScalarType.Float32).mean().item<float>(), 0.45, 0.55);
    }

    [Fact]
    public void Forward_EvalMode_IsTheIdentity()
    {
        using var scope = NewDisposeScope();
        using var dropout = new SeededDropout(0.5, new DropoutRandomness());
        dropout.eval();
        var x = randn(50);
        Assert.True(dropout.forward(x).allclose(x, 0, 0));
    }
}
