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

    /// <summary>ReferenceCompat: use the official smpl_24 table, which leaves lhan/rhan unswapped (spec §12 row 3).</summary>
    public bool OfficialSmpl24Table { get; init; }

    /// <summary>The joint permutation used for <paramref name="format"/>.</summary>
    public IReadOnlyList<int> Permutation(SkeletonFormat format)
    {
        if (!OfficialSmpl24Table || format.Name != SkeletonFormats.Smpl24.Name)
        {
            return format.FlipPermutation;
        }

        var official = format.FlipPermutation.ToArray();
        foreach (var hand in new[] { "lhan", "rhan" })
        {
            var v = format.JointIndex(hand);
            official[v] = v;
        }

        return official;
    }

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator) =>
        empty([shape[0], 0], ScalarType.Float32, generator.device);

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format)
    {
        using var permutation = tensor(Permutation(format).Select(v => (long)v).ToArray(), device: batch.device);
        return batch.index_select(3, permutation);
    }
}
