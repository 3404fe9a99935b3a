using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Skeletons;

public class StreamTransformsTests
{
    // One sample, C = 1, T = 3, V = 5, M = 1: value(t, v) = 10·t + v².
    private static Tensor ToyBatch() =>
        tensor(Enumerable.Range(0, 3).SelectMany(t => Enumerable.Range(0, 5).Select(v => 10f * t + v * v)).ToArray(), [1, 1, 3, 5, 1]);

    [Fact]
    public void Motion_ToyBatch_IsTheNextFrameMinusThisOneWithALastZeroFrame()
    {
        using var scope = NewDisposeScope();
        var motion = StreamTransforms.Motion(ToyBatch());

        var expected = Enumerable.Repeat(10f, 10).Concat(Enumerable.Repeat(0f, 5)).ToArray();
        Assert.Equal(new long[] { 1, 1, 3, 5, 1 }, motion.shape);
        Assert.Equal(expected, motion.data<float>().ToArray());
    }

    [Fact]
    public void Bone_ToyBatch_IsJointMinusItsEdgePartnerAndZeroWithoutOne()
    {
        using var scope = NewDisposeScope();
        var bone = StreamTransforms.Bone(ToyBatch(), ToyFormats.FiveJoints);

        // Edges (0,1) (1,2) (2,3) (1,4): bone[0] = x0 − x1, bone[1] = x1 − x4 (last pair wins), bone[2] = x2 − x3,
        // joints 3 and 4 are never first, so zero. With x_v = v²: [-1, -15, -5, 0, 0] in every frame.
        float[] frame = [-1, -15, -5, 0, 0];
        Assert.Equal(frame.Concat(frame).Concat(frame), bone.data<float>().ToArray());
    }

    [Fact]
    public void Bone_PaddedBatch_LeavesPaddedJointsZero()
    {
        using var scope = NewDisposeScope();
        var batch = JointPadding.Pad(randn([2, 3, 4, 25, 2]).add(HeldScalars.One, HeldScalars.One), 42);

        var bone = StreamTransforms.Bone(batch, SkeletonFormats.NtuRgbD);

        Assert.Equal(0f, bone.narrow(3, 25, 17).abs().max().item<float>());
        Assert.Equal(0f, bone.narrow(3, 20, 1).abs().max().item<float>());
        var expected = batch.select(3, 0) - batch.select(3, 1);
        Assert.True(bone.select(3, 0).allclose(expected));
    }

    [Theory]
    [InlineData("ntu-rgb+d", new[] { 20 })]
    [InlineData("smpl_24", new[] { 9 })]
    [InlineData("smplx_42", new[] { 9, 23, 24 })]
    [InlineData("berkeley_mhad_43", new[] { 1, 2, 5, 9, 16, 17, 18, 24, 25, 26, 29, 34, 37, 42 })]
    public void ZeroBoneJoints_BuiltIn_MatchTheOfficialBoneLists(string name, int[] zeroJoints)
    {
        Assert.Equal(zeroJoints, BonePairs.ZeroBoneJoints(SkeletonFormats.Get(name)));
    }

    [Fact]
    public void BonePairs_BerkeleyMhad_LastPairWinsAsInTheOfficialStream()
    {
        var pairs = BonePairs.Of(SkeletonFormats.BerkeleyMhad43);

        // 1-based effective targets from the spec: 1→3, 16→19, 24→27 among others.
        Assert.Contains(new JointPair(0, 2), pairs);
        Assert.Contains(new JointPair(15, 18), pairs);
        Assert.Contains(new JointPair(23, 26), pairs);
        Assert.Equal(29, pairs.Count);
    }

    [Fact]
    public void Apply_Joint_ReturnsTheInputUnchanged()
    {
        using var scope = NewDisposeScope();
        var batch = ToyBatch();
        Assert.True(StreamTransforms.Apply(batch, InputStream.Joint, ToyFormats.FiveJoints).equal(batch).all().item<bool>());
        Assert.True(StreamTransforms.Apply(batch, InputStream.Motion, ToyFormats.FiveJoints).equal(StreamTransforms.Motion(batch)).all().item<bool>());
    }
}
