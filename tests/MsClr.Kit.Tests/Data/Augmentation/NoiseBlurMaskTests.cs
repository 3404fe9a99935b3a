using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Augmentation.AugmentationData;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Data.Augmentation;

public class NoiseBlurMaskTests
{
    private static readonly SkeletonFormat Format = SkeletonFormats.BerkeleyMhad43;

    [Fact]
    public void GaussianNoise_ZeroSigma_IsTheIdentity()
    {
        using var scope = NewDisposeScope();
        var x = Batch(Format);

        var noisy = new GaussianNoiseStep { Sigma = 0, Probability = 1 }.Apply(x, Format, new Generator(1));

        Assert.True(Same(x, noisy));
    }

    [Fact]
    public void GaussianNoise_OnAllZeroData_AddsNoiseOfSigmaOneCentimetreEverywhere()
    {
        using var scope = NewDisposeScope();
        var x = zeros([8, 3, 50, Format.JointCount, 2]);

        var noisy = new GaussianNoiseStep { Probability = 1 }.Apply(x, Format, new Generator(2));

        Assert.Equal(0, noisy.eq(HeldScalars.Of(0)).sum().item<long>());
        Assert.InRange(noisy.std().item<float>(), 0.0098f, 0.0102f);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.7)]
    [InlineData(2.0)]
    public void BlurKernel_Sigma_IsTheUnnormalisedGaussianAndTheNormalisedOneSumsToOne(double sigma)
    {
        using var scope = NewDisposeScope();
        var sigmas = tensor(new[] { (float)sigma });

        var kernel = GaussianBlurStep.Kernel(sigmas, 15, normalised: false).data<float>().ToArray();
        var normalised = GaussianBlurStep.Kernel(sigmas, 15, normalised: true);

        var expected = Enumerable.Range(-7, 15).Select(k => (float)Math.Exp(-k * k / (2 * (double)(float)sigma * (float)sigma)));
        Assert.Equal(expected, kernel, new FloatTolerance(1e-6f));
        Assert.Equal(1f, kernel[7]);
        Assert.Equal(1f, normalised.sum().item<float>(), 5);
    }

    [Fact]
    public void GaussianBlur_InnerCoinUp_EqualsANaiveZeroPaddedConvolution()
    {
        using var scope = NewDisposeScope();
        var x = Batch(Format, count: 2, frames: 20);
        var values = tensor(new[,] { { 1.5f, 1f }, { 0.4f, 1f } });

        var blurred = new GaussianBlurStep().Apply(x, Draw(values), Format);

        for (var n = 0; n < 2; n++)
        {
            var sigma = values[n, 0].item<float>();
            var series = x[n, 1, .., 9, 1].data<float>().ToArray();
            var expected = Enumerable.Range(0, 20).Select(t => Enumerable.Range(-7, 15)
                .Where(k => t + k is >= 0 and < 20)
                .Sum(k => series[t + k] * Math.Exp(-k * k / (2.0 * sigma * sigma))));
            Assert.Equal(expected.Select(v => (float)v), blurred[n, 1, .., 9, 1].data<float>().ToArray(), new FloatTolerance(1e-4f));
        }
    }

    [Fact]
    public void GaussianBlur_EitherCoinDown_LeavesTheSampleUnchanged()
    {
        using var scope = NewDisposeScope();
        var x = Batch(Format, count: 2);
        var values = tensor(new[,] { { 1.5f, 0f }, { 1.5f, 1f } });

        var result = new GaussianBlurStep().Apply(x, Draw(values, true, false), Format);

        Assert.True(Same(x, result));
    }

    [Fact]
    public void GaussianBlur_Normalised_KeepsAConstantSeriesAwayFromTheEnds()
    {
        using var scope = NewDisposeScope();
        var x = ones([1, 3, 30, Format.JointCount, 2]);
        var draw = Draw(tensor(new[,] { { 2f, 1f } }));

        var upstream = new GaussianBlurStep().Apply(x, draw, Format);
        var normalised = new GaussianBlurStep { NormalisedBlur = true }.Apply(x, draw, Format);

        Assert.Equal(1f, normalised[0, 0, 15, 0, 0].item<float>(), 5);
        Assert.True(upstream[0, 0, 15, 0, 0].item<float>() > 5f);
    }

    [Fact]
    public void GaussianBlur_Draw_SigmaInRangeAndInnerCoinRoughlyHalf()
    {
        using var scope = NewDisposeScope();
        using var draw = new GaussianBlurStep().Draw([1000, 3, 50, 43, 2], new Generator(3));

        var sigma = draw.Values.select(1, 0);
        Assert.True(sigma.min().item<float>() >= 0.1f && sigma.max().item<float>() < 2f);
        Assert.InRange(draw.Values.select(1, 1).mean().item<float>(), 0.44f, 0.56f);
        Assert.InRange(draw.Applied.to(ScalarType.Float32).mean().item<float>(), 0.44f, 0.56f);
    }

    [Fact]
    public void AxisMask_EachAxis_ZeroesExactlyThatChannel()
    {
        using var scope = NewDisposeScope();
        var x = Batch(Format, count: 3);

        var masked = new AxisMaskStep().Apply(x, Draw(tensor(new long[] { 0, 1, 2 })), Format);

        for (var n = 0; n < 3; n++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.True(c == n ? masked[n, c].eq(HeldScalars.Of(0)).all().item<bool>() : Same(masked[n, c], x[n, c]));
            }
        }
    }

    [Fact]
    public void AxisMask_RandomDraws_ZeroesOneChannelOfEveryAppliedSample()
    {
        using var scope = NewDisposeScope();
        var x = Batch(Format, count: 32);

        var masked = new AxisMaskStep { Probability = 1 }.Apply(x, Format, new Generator(9));

        var zeroChannels = masked.eq(HeldScalars.Of(0)).flatten(2).all(2).sum(1);
        Assert.True(zeroChannels.eq(HeldScalars.One).all().item<bool>());
    }
}
