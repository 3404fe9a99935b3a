using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>The MoCo v2 objective (SkeletonCLR is MoCo v2 on skeletons): InfoNCE of the query against key and queue.</summary>
public static class MocoLoss
{
    /// <summary>InfoNCE of <paramref name="logits"/> with the positive in column 0.</summary>
    /// <param name="logits">The query's logits, (N, 1 + K), from <see cref="ContrastiveLogits.Compute"/>.</param>
    /// <returns>A scalar tensor carrying the query's gradient.</returns>
    public static Tensor Compute(ContrastiveLogits logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        return InfoNce.Compute(logits.Logits);
    }
}
