using MsClr.Kit.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace MsClr.Kit.Skeletons;

/// <summary>Zero-padding of skeleton batches on the joint axis, and the matching joint masks.</summary>
public static class JointPadding
{
    /// <summary>Pads <paramref name="batch"/> (N, C, T, V, M) with zero joints at the end to (N, C, T, <paramref name="jointCount"/>, M).</summary>
    /// <remarks>Returns the input itself when V already equals <paramref name="jointCount"/>.</remarks>
    public static Tensor Pad(Tensor batch, int jointCount)
    {
        BatchShape.RequireNctvm(batch, nameof(batch));
        var joints = (int)batch.shape[3];
        if (jointCount < joints)
        {
            throw new ArgumentOutOfRangeException(nameof(jointCount), jointCount, $"cannot pad {joints} joints down to {jointCount}");
        }

        return joints == jointCount ? batch : nn.functional.pad(batch, [0, 0, 0, jointCount - joints]);
    }

    /// <summary>The first <paramref name="realJoints"/> joints of a padded batch (N, C, T, V_max, M): (N, C, T, V_s, M).</summary>
    public static Tensor Unpad(Tensor batch, int realJoints)
    {
        BatchShape.RequireNctvm(batch, nameof(batch));
        return batch.shape[3] == realJoints ? batch : batch.narrow(3, 0, realJoints);
    }

    /// <summary>A bool tensor of shape (<paramref name="jointCount"/>) that is true for joints 0..<paramref name="realJoints"/>−1.</summary>
    public static Tensor Mask(int realJoints, int jointCount, Device? device = null) =>
        arange(HeldScalars.Of(0), HeldScalars.Of(jointCount), HeldScalars.One, ScalarType.Int64, device).lt(HeldScalars.Of(realJoints));
}
