using static TorchSharp.torch;

namespace MsClr.Kit.Skeletons;

/// <summary>Shape guards for skeleton batches.</summary>
internal static class BatchShape
{
    /// <summary>Throws unless <paramref name="batch"/> has rank 5, (N, C, T, V, M).</summary>
    public static void RequireNctvm(Tensor batch, string parameterName)
    {
        if (batch.dim() != 5)
        {
            throw new ArgumentException(
                $"expected a batch of shape (N, C, T, V, M), got rank {batch.dim()} [{string.Join(", ", batch.shape)}]", parameterName);
        }
    }
}
