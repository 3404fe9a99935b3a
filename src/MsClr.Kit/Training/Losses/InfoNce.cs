using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>InfoNCE: cross-entropy of MoCo logits with the positive in column 0.</summary>
public static class InfoNce
{
    /// <summary>mean_n −log_softmax(logits)[n, 0].</summary>
    /// <param name="logits">(N, 1 + K) logits already divided by the temperature.</param>
    /// <returns>A scalar tensor.</returns>
    public static Tensor Compute(Tensor logits)
    {
        LossShapes.RequireLogits(logits, nameof(logits));
        using var scope = NewDisposeScope();
        var target = zeros(logits.shape[0], ScalarType.Int64, logits.device);
        return nn.functional.cross_entropy(logits, target).MoveToOuterDisposeScope();
    }
}
