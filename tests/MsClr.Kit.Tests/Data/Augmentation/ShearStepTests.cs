using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Augmentation.AugmentationData;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Data.Augmentation;

public class ShearStepTests
{
    private static readonly SkeletonFormat Format = SkeletonFormats.Smpl24;

    [Fact]
    public void Apply_ZeroCoefficients_IsExactlyTheIdentity()
    {
        using var scope = NewDisposeScope();
        var x = Batch(Format, count: 3);

        var sheared = new ShearStep().Apply(x, Draw(zeros(3, 6)), Format);

        Assert.True(Same(x, sheared));
    }

    [Fact]
    public void Apply_KnownCoefficients_EqualsTheHandComputedProduct()
    {
        using var scope = NewDisposeScope();
        // S = [[1, 0.1, 0.4], [-0.2, 1, 0.5], [0.3, -0.1, 1]]; S·(1, 2, 3) = (2.4, 3.3, 3.1).
        var point = tensor(new[] { 1f, 2f, 3f }).view(1, 3, 1, 1, 1).expand(1, 3, 4, Format.JointCount, 2).contiguous();
        var coefficients = tensor(new[] { 0.1f, -0.2f, 0.3f, 0.4f, 0.5f, -0.1f }).view(1, 6);

        var sheared = new ShearStep().Apply(point, Draw(coefficients), Format);

        Assert.Equal([2.4f, 3.3f, 3.1f], sheared[0, .., 0, 0, 0].data<float>().ToArray(), new FloatTolerance(1e-6f));
        Assert.True(MaxAbsDifference(sheared, tensor(new[] { 2.4f, 3.3f, 3.1f }).view(1, 3, 1, 1, 1)) < 1e-6f);
    }

    [Fact]
    public void Apply_BatchWithDifferentRows_ShearsEachSampleByItsOwnMatrix()
    {
        using var scope = NewDisposeScope();
        var x = Batch(Format, count: 2, seed: 3);
        var coefficients = tensor(new[,] { { 0.1f, -0.2f, 0.3f, 0.4f, 0.5f, -0.1f }, { -0.5f, 0.25f, 0f, 0.45f, -0.3f, 0.2f } });

        var sheared = new ShearStep().Apply(x, Draw(coefficients), Format);

        for (var n = 0; n < 2; n++)
        {
            var c = coefficients[n].data<float>().ToArray();
            var (p0, p1, p2) = (x[n, 0], x[n, 1], x[n, 2]);
            Assert.True(MaxAbsDifference(sheared[n, 0], p0.add(p1.mul(HeldScalars.Of(c[0])), HeldScalars.One).add(p2.mul(HeldScalars.Of(c[3])), HeldScalars.One)) < 1e-5f);
            Assert.True(MaxAbsDifference(sheared[n, 1], p0.mul(HeldScalars.Of(c[1])).add(p1, HeldScalars.One).add(p2.mul(HeldScalars.Of(c[4])), HeldScalars.One)) < 1e-5f);
            Assert.True(MaxAbsDifference(sheared[n, 2], p0.mul(HeldScalars.Of(c[2])).add(p1.mul(HeldScalars.Of(c[5])), HeldScalars.One).add(p2, HeldScalars.One)) < 1e-5f);
        }
    }

    [Fact]
    public void Draw_DefaultAmplitude_CoefficientsLieInMinusHalfToHalf()
    {
        using var scope = NewDisposeScope();
        using var draw = new ShearStep().Draw([256, 3, 50, 25, 2], new Generator(4));

        Assert.Equal(new long[] { 256, 6 }, draw.Values.shape);
        Assert.True(draw.Values.min().item<float>() >= -0.5f && draw.Values.max().item<float>() < 0.5f);
        Assert.True(draw.Values.abs().max().item<float>() > 0.45f);
        Assert.True(draw.Applied.all().item<bool>());
    }
}
