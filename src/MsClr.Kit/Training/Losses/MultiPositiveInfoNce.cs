using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>InfoNCE with several positives per row (AimCLR after mining): the mean log-likelihood of the masked columns.</summary>
public static class MultiPositiveInfoNce
{
    /// <summary>mean_n [ −Σ_j M[n, j]·log_softmax(logits)[n, j] / Σ_j M[n, j] ].</summary>
    /// <param name="logits">(N, 1 + K) logits already divided by the temperature.</param>
    /// <param name="positiveMask">(N, 1 + K) 0/1 mask with at least one positive per row (<see cref="NearestNeighbourMining.Mask"/>).</param>
    /// <returns>A scalar tensor.</returns>
    public static Tensor Compute(Tensor logits, Tensor positiveMask)
    {
        LossShapes.RequireLogits(logits, nameof(logits));
        LossShapes.RequireSameShape(logits, positiveMask, nameof(positiveMask));
        using var scope = NewDisposeScope();
        var mask = positiveMask.to(logits.dtype);
        var perRow = -(mask * nn.functional.log_softmax(logits, 1)).sum(1) / mask.sum(1);
        return perRow.mean().MoveToOuterDisposeScope();
    }
}
