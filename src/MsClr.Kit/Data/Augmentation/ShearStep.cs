using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// Shear (upstream <c>shear</c>, every view): p' = S p at every (t, v, m) with
/// S = [[1, a0, b0], [a1, 1, b1], [a2, b2, 1]] and a0..a2, b0..b2 uniform in [−<see cref="Amplitude"/>, <see cref="Amplitude"/>).
/// </summary>
/// <remarks>Values: (N, 6) float32 [a0, a1, a2, b0, b1, b2], the a's drawn first as upstream.</remarks>
public sealed record ShearStep : AugmentationStep
{
    private readonly double amplitude = 0.5;

    /// <summary>Half-width r of the coefficients' range [−r, r) (upstream <c>shear_amplitude</c> = 0.5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public double Amplitude
    {
        get => amplitude;
        init => amplitude = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Amplitude), value, "shear amplitude must be ≥ 0");
    }

    /// <summary>The shear matrices S (N, 3, 3) of coefficients (N, 6) laid out [a0, a1, a2, b0, b1, b2].</summary>
    public static Tensor Matrices(Tensor coefficients)
    {
        using var scope = NewDisposeScope();
        var (a, b) = (coefficients.narrow(1, 0, 3), coefficients.narrow(1, 3, 3));
        var one = ones_like(a.narrow(1, 0, 1));
        Tensor A(int i) => a.narrow(1, i, 1);
        Tensor B(int i) => b.narrow(1, i, 1);
        var entries = cat([one, A(0), B(0), A(1), one, B(1), A(2), B(2), one], 1);
        return entries.view(-1, 3, 3).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator) =>
        RandomDraws.Uniform(generator, [shape[0], 6], -Amplitude, Amplitude);

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format)
    {
        ChannelMix.RequireXyz(batch, nameof(ShearStep));
        return ChannelMix.Apply(batch, Matrices(values));
    }
}
