using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// Boolean dropout masks (true = drop). libtorch's CPU generator makes one 32-bit draw per element whatever the
/// element type, so a mask costs one draw per activation. At p = 1/2, the ST-GCN's rate, each element needs one random
/// bit: one byte draw yields eight exact Bernoulli(1/2) masks. Other rates compare a uniform draw with 1 − p.
/// </summary>
public static class DropoutMasks
{
    private static readonly byte[] BitValues = [1, 2, 4, 8, 16, 32, 64, 128];

    /// <summary>A mask shaped like <paramref name="like"/> whose elements are true with probability <paramref name="probability"/>.</summary>
    /// <param name="like">Any shape; only its shape and device are used.</param>
    /// <param name="probability">p in [0, 1).</param>
    /// <param name="generator">Where the draws come from.</param>
    /// <returns>A bool tensor shaped like <paramref name="like"/>.</returns>
    public static Tensor Dropped(Tensor like, double probability, Generator generator)
    {
        using var scope = NewDisposeScope();
        if (probability != 0.5)
        {
            return empty_like(like).uniform_(0, 1, generator).ge(1.0 - probability).MoveToOuterDisposeScope();
        }

        var count = like.numel();
        var bytes = empty((count + 7) / 8, ScalarType.Byte, like.device).random_(0, 256, generator);
        var bits = bytes.unsqueeze(1).bitwise_and(tensor(BitValues, device: like.device)).ne(0);
        return bits.view(-1).narrow(0, 0, count).view(like.shape).MoveToOuterDisposeScope();
    }
}
