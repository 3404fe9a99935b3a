using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// Dropout multipliers: 0 where an element is dropped, 1 / (1 − p) where it is kept, so dropout is one vectorised
/// multiplication forward and one backward. (libtorch's masked_fill runs a scalar loop with a branch per element, which a
/// random mask at p = 1/2 defeats: forward alone it took 3–4× the product's time in <c>scripts/bench.sh --suite blocks</c>,
/// and its backward is another masked_fill.) libtorch's CPU generator makes one 32-bit draw per element whatever the element type, so at p = 1/2, the
/// ST-GCN's rate, one byte draw yields eight exact Bernoulli(1/2) decisions, spread to eight multipliers by a lookup in a
/// 256 × 8 table (bit j of the byte set = element j dropped). Other rates compare a uniform draw with 1 − p.
/// </summary>
public static class DropoutMasks
{
    /// <summary>Multipliers shaped like <paramref name="like"/>: each is 0 with probability <paramref name="probability"/>
    /// and 1 / (1 − p) otherwise.</summary>
    /// <param name="like">Any shape and floating type; its shape, type and device are used.</param>
    /// <param name="probability">p in [0, 1).</param>
    /// <param name="generator">Where the draws come from.</param>
    /// <returns>A tensor shaped like <paramref name="like"/>, in bf16 when 1 / (1 − p) is exact there (half the memory
    /// that autograd keeps for backward; the product is promoted to <paramref name="like"/>'s type), else in its type.</returns>
    public static Tensor KeepScale(Tensor like, double probability, Generator generator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(probability, 1.0);
        using var scope = NewDisposeScope();
        var scale = 1.0 / (1.0 - probability);
        var type = IsExactInBFloat16(scale) ? ScalarType.BFloat16 : like.dtype;
        var count = like.numel();
        if (probability != 0.5)
        {
            var kept = empty(like.shape, ScalarType.Float32, like.device).uniform_(0, 1, generator).lt(HeldScalars.Of(1.0 - probability));
            return kept.to(type).mul_(HeldScalars.Of(scale)).MoveToOuterDisposeScope();
        }

        var bytes = empty((count + 7) / 8, ScalarType.Byte, like.device).random_(0, 256, generator);
        var multipliers = ByteTable(scale, type, like.device).index_select(0, bytes.to(ScalarType.Int64));
        return multipliers.view(-1).narrow(0, 0, count).view(like.shape).MoveToOuterDisposeScope();
    }

    /// <summary>Row b holds the eight multipliers that byte b encodes: element j is dropped when bit j of b is set.</summary>
    private static Tensor ByteTable(double scale, ScalarType type, Device device)
    {
        var values = new float[256 * 8];
        for (var b = 0; b < 256; b++)
        {
            for (var j = 0; j < 8; j++)
            {
                values[(b * 8) + j] = ((b >> j) & 1) == 1 ? 0f : (float)scale;
            }
        }

        return tensor(values, [256, 8], device: device).to(type);
    }

    private static bool IsExactInBFloat16(double value)
    {
        // bf16 keeps fp32's exponent and the top 7 of its 23 mantissa bits.
        var single = (float)value;
        return single == value && (BitConverter.SingleToInt32Bits(single) & 0xFFFF) == 0;
    }
}
