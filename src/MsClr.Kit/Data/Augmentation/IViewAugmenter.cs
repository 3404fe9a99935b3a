using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>Makes the normal and extreme views of a batch at its format's own joint count.</summary>
public interface IViewAugmenter
{
    /// <summary>The normal view (AimCLR <c>_aug</c>: temporal crop, then shear).</summary>
    /// <param name="batch">(N, C, T, V, M) clips of <paramref name="format"/>.</param>
    /// <param name="format">Their format (for flips).</param>
    /// <param name="generator">The draws of this batch.</param>
    /// <returns>(N, C, T, V, M).</returns>
    Tensor Normal(Tensor batch, SkeletonFormat format, Generator generator);

    /// <summary>The extreme view (AimCLR <c>_strong_aug</c>).</summary>
    /// <returns>(N, C, T, V, M).</returns>
    Tensor Extreme(Tensor batch, SkeletonFormat format, Generator generator);
}
