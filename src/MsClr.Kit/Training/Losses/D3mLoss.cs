using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>
/// AimCLR's dual distributional divergence minimisation term: the cross-entropy from the normally augmented query's
/// distribution over (positive, queue) to that of an extremely augmented view.
/// </summary>
/// <remarks>
/// Upstream writes log(softmax(x)); this uses log_softmax(x), which is the same value in fp32 at T = 0.07 but does not
/// underflow to −∞ in half precision (reference-spec §12 row 24).
/// </remarks>
public static class D3mLoss
{
    /// <summary>−mean_n Σ_j p[n, j]·log_softmax(<paramref name="otherLogits"/>)[n, j] with p = softmax(<paramref name="targetLogits"/>), detached.</summary>
    /// <param name="targetLogits">(N, 1 + K) logits of the normally augmented query q; no gradient flows into them.</param>
    /// <param name="otherLogits">(N, 1 + K) logits of q_e or q_ed.</param>
    /// <returns>A scalar tensor.</returns>
    public static Tensor Compute(Tensor targetLogits, Tensor otherLogits)
    {
        LossShapes.RequireLogits(targetLogits, nameof(targetLogits));
        LossShapes.RequireSameShape(targetLogits, otherLogits, nameof(otherLogits));
        using var scope = NewDisposeScope();
        var target = nn.functional.softmax(targetLogits.detach(), 1);
        var crossEntropy = -(target * nn.functional.log_softmax(otherLogits, 1)).sum(1);
        return crossEntropy.mean().MoveToOuterDisposeScope();
    }
}
