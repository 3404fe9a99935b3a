using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Skeletons;

public class PaddingTests
{
    [Fact]
    public void FormatSet_NtuAndSmplX_HasVMax42AndPadsAdjacencyKeepingTheRealBlock()
    {
        var set = new FormatSet(SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        var own = SkeletonGraph.Build(SkeletonFormats.NtuRgbD);
        var padded = set.PaddedAdjacency(SkeletonFormats.NtuRgbD);

        Assert.Equal(42, set.MaxJoints);
        Assert.Equal(new long[] { 3, 42, 42 }, padded.Shape);
        for (var k = 0; k < 3; k++)
        {
            for (var j = 0; j < 42; j++)
            {
                for (var i = 0; i < 42; i++)
                {
                    Assert.Equal(j < 25 && i < 25 ? own[k, j, i] : 0f, padded[k, j, i]);
                }
            }
        }
    }

    [Fact]
    public void FormatSet_TiedSizes_FirstLargestWinsAndMaskMarksRealJoints()
    {
        var set = new FormatSet(SkeletonFormats.Smpl24, SkeletonFormats.BerkeleyMhad43, SkeletonFormats.NtuRgbD);
        var mask = set.JointMask(SkeletonFormats.Smpl24);

        Assert.Same(SkeletonFormats.BerkeleyMhad43, set.Largest);
        Assert.Equal(43, mask.Length);
        Assert.Equal(24, mask.Count(m => m));
        Assert.True(mask.Take(24).All(m => m));
    }

    [Fact]
    public void FormatSet_DuplicateFormat_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new FormatSet(SkeletonFormats.NtuRgbD, SkeletonFormats.NtuRgbD));
        Assert.Contains("ntu-rgb+d", error.Message);
    }

    [Fact]
    public void Pad_Batch_KeepsRealJointsIdenticalAndZeroesTheRest()
    {
        using var scope = NewDisposeScope();
        var generator = new TorchSharp.torch.Generator(7);
        var batch = randn([2, 3, 6, 25, 2], generator: generator);

        var padded = JointPadding.Pad(batch, 42);

        Assert.Equal(new long[] { 2, 3, 6, 42, 2 }, padded.shape);
        Assert.True(padded.narrow(3, 0, 25).equal(batch).all().item<bool>());
        Assert.Equal(0f, padded.narrow(3, 25, 17).abs().max().item<float>());
        Assert.True(JointPadding.Unpad(padded, 25).equal(batch).all().item<bool>());
    }

    [Fact]
    public void Mask_OfRealJoints_IsTrueOnlyForTheFirstJoints()
    {
        using var mask = JointPadding.Mask(24, 42);

        var values = mask.data<bool>().ToArray();
        Assert.Equal(42, values.Length);
        Assert.Equal(Enumerable.Range(0, 42).Select(v => v < 24), values);
    }

    [Fact]
    public void Pad_ToFewerJoints_Throws()
    {
        using var batch = zeros([1, 3, 2, 42, 2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => JointPadding.Pad(batch, 25));
        Assert.Throws<ArgumentException>(() => JointPadding.Pad(zeros([3, 2, 42]), 50));
    }
}
