using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// Spatial flip (upstream <c>random_spatial_flip</c>, extreme view, p = 0.5): out[:, :, v] = x[:, :, p[v]] with p the
/// format's <see cref="SkeletonFormat.FlipPermutation"/>, so each left joint gets its right partner's data and back.
/// </summary>
/// <remarks>
/// As upstream this only relabels joints; no coordinate is negated, so the result is not a geometric mirror image
/// (spec §12 row 4). The permutation is the kit's anatomically corrected table (smpl_24 also swaps lhan/rhan, which
/// the official table misses, spec §12 row 3). Values: (N, 0), the step draws nothing but its coin.
/// </remarks>
public sealed record SpatialFlipStep : AugmentationStep
{
    /// <summary>A flip with the paper's probability 0.5.</summary>
    public SpatialFlipStep() => Probability = 0.5;

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator) =>
        empty([shape[0], 0], ScalarType.Float32, generator.device);

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format)
    {
        using var permutation = tensor(format.FlipPermutation.Select(v => (long)v).ToArray(), device: batch.device);
        return batch.index_select(3, permutation);
    }
}
