using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>Input checks shared by every augmentation.</summary>
internal static class AugmentationGuards
{
    /// <summary>Checks that <paramref name="x"/> is a float32 (N, C, T, V, M) batch or (C, T, V, M) sample at the native
    /// joint count of <paramref name="format"/>, and returns its shape as a batch shape.</summary>
    public static long[] RequireData(Tensor x, SkeletonFormat format, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(format);
        long[] shape = x.dim() switch
        {
            5 => x.shape,
            4 => [1, .. x.shape],
            _ => throw new ArgumentException(
                $"expected a batch (N, C, T, V, M) or a sample (C, T, V, M), got rank {x.dim()} [{string.Join(", ", x.shape)}]", parameterName),
        };
        if (x.dtype != ScalarType.Float32)
        {
            throw new ArgumentException($"expected float32 data, got {x.dtype}", parameterName);
        }

        if (shape[3] != format.JointCount)
        {
            throw new ArgumentException(
                $"augmentations run at the native joint count: format '{format.Name}' has V = {format.JointCount}, the data has V = {shape[3]} " +
                "(augment before padding to V_max)", parameterName);
        }

        return shape;
    }
}
