using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// Temporal crop with reflect padding (upstream <c>temporal_crop</c>, every view): P = ⌊T / <see cref="PaddingRatio"/>⌋
/// frames are mirrored onto each end — the first P frames reversed before, the last P reversed after, edge frames
/// repeated — giving T + 2P frames, of which the window [s, s + T) is kept, s uniform in {0, …, 2P}.
/// </summary>
/// <remarks>Values: (N) int64 window starts s. For T = 50, P = 8 and padded frame i comes from source frame 7 − i
/// (i &lt; 8), i − 8 (8 ≤ i &lt; 58) or 107 − i (i ≥ 58); see <see cref="PaddedFrameIndex"/>.</remarks>
public sealed record TemporalCropStep : AugmentationStep
{
    private readonly int paddingRatio = 6;

    /// <summary>The divisor of T giving the padding P (upstream <c>temperal_padding_ratio</c> = 6, so P = 8 at T = 50).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int PaddingRatio
    {
        get => paddingRatio;
        init => paddingRatio = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(PaddingRatio), value, "padding ratio must be ≥ 1");
    }

    /// <summary>P = ⌊<paramref name="frames"/> / <see cref="PaddingRatio"/>⌋.</summary>
    public int Padding(long frames) => (int)(frames / PaddingRatio);

    /// <summary>The source frame of each of the T + 2P padded frames: (T + 2P) int64 on <paramref name="device"/>.</summary>
    /// <param name="frames">T.</param>
    /// <param name="padding">P, at most T.</param>
    /// <param name="device">Where the index lives; the CPU by default.</param>
    public static Tensor PaddedFrameIndex(long frames, long padding, Device? device = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(padding);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(padding, frames);
        var down = HeldScalars.Of(-1);
        using var before = arange(HeldScalars.Of(padding - 1), down, down, ScalarType.Int64, device);
        using var middle = arange(HeldScalars.Of(0), HeldScalars.Of(frames), HeldScalars.One, ScalarType.Int64, device);
        using var after = arange(HeldScalars.Of(frames - 1), HeldScalars.Of(frames - padding - 1), down, ScalarType.Int64, device);
        return cat([before, middle, after], 0);
    }

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator) =>
        RandomDraws.Integer(generator, shape[0], (2L * Padding(shape[2])) + 1);

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format)
    {
        var (n, frames) = (batch.shape[0], batch.shape[2]);
        var padded = PaddedFrameIndex(frames, Padding(frames), batch.device);
        var window = values.view(n, 1).add(arange(HeldScalars.Of(0), HeldScalars.Of(frames), HeldScalars.One, ScalarType.Int64, batch.device).view(1, frames), HeldScalars.One);
        var source = padded.index_select(0, window.flatten()).view(n, 1, frames, 1, 1);
        return batch.gather(2, source.expand(batch.shape));
    }
}
