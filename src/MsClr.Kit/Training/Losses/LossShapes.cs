using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>Shape guards shared by the loss functions.</summary>
internal static class LossShapes
{
    public static void RequireLogits(Tensor logits, string name)
    {
        ArgumentNullException.ThrowIfNull(logits, name);
        if (logits.ndim != 2 || logits.shape[1] < 2)
        {
            throw new ArgumentException($"logits must be (N, 1 + K) with K ≥ 1, got ({string.Join(", ", logits.shape)})", name);
        }
    }

    public static void RequireSameShape(Tensor expected, Tensor actual, string name)
    {
        ArgumentNullException.ThrowIfNull(actual, name);
        if (!expected.shape.SequenceEqual(actual.shape))
        {
            throw new ArgumentException(
                $"{name} must have shape ({string.Join(", ", expected.shape)}), got ({string.Join(", ", actual.shape)})", name);
        }
    }
}
