using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>
/// AimCLR's nearest-neighbour mining: the queue entries most similar to any view of the query become extra positives.
/// </summary>
public static class NearestNeighbourMining
{
    /// <summary>
    /// The positive mask: M[n, 0] = 1, and M[n, 1 + i] = 1 for every i among the top-<paramref name="topK"/> queue
    /// indices of row n in any of <paramref name="negativeCosines"/> (a union, so coinciding indices count once).
    /// </summary>
    /// <param name="topK">Queue entries mined per row and per view (1 in the paper).</param>
    /// <param name="negativeCosines">(N, K) raw z·queue of each view (upstream: q, q_e, q_ed); at least one.</param>
    /// <returns>(N, 1 + K) float mask of the first tensor's dtype and device, without gradient.</returns>
    public static Tensor Mask(int topK, params Tensor[] negativeCosines)
    {
        ArgumentNullException.ThrowIfNull(negativeCosines);
        if (negativeCosines.Length == 0)
        {
            throw new ArgumentException("at least one (N, K) negative-cosine tensor is needed", nameof(negativeCosines));
        }

        var first = negativeCosines[0];
        if (first.ndim != 2)
        {
            throw new ArgumentException($"negative cosines must be (N, K), got ({string.Join(", ", first.shape)})", nameof(negativeCosines));
        }

        if (topK < 1 || topK > first.shape[1])
        {
            throw new ArgumentOutOfRangeException(nameof(topK), topK, $"top-k must be in [1, K = {first.shape[1]}]");
        }

        foreach (var cosines in negativeCosines.Skip(1))
        {
            LossShapes.RequireSameShape(first, cosines, nameof(negativeCosines));
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var mined = zeros_like(first);
        foreach (var cosines in negativeCosines)
        {
            var (_, indices) = cosines.topk(topK, dim: 1);
            mined.scatter_(1, indices, ones_like(indices, dtype: first.dtype));
        }

        var anchor = ones(first.shape[0], 1, dtype: first.dtype, device: first.device);
        return cat([anchor, mined], 1).MoveToOuterDisposeScope();
    }
}
