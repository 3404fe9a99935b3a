using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// Gaussian noise (upstream <c>gaus_noise</c>, extreme view, p = 0.5): adds i.i.d. N(0, <see cref="Sigma"/>²) to every
/// element — also, as upstream, to an absent second person's zeros and to zero frames (spec §12 row 7).
/// </summary>
/// <remarks>Values: (N, C, T, V, M) float32, the noise itself in metres (drawn for every sample, used where the coin
/// came up).</remarks>
public sealed record GaussianNoiseStep : AugmentationStep
{
    private readonly double sigma = 0.01;

    /// <summary>A noise step with the paper's probability 0.5 and σ = 0.01 m.</summary>
    public GaussianNoiseStep() => Probability = 0.5;

    /// <summary>Standard deviation σ in metres (0.01); 0 makes the step the identity.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public double Sigma
    {
        get => sigma;
        init => sigma = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Sigma), value, "noise σ must be ≥ 0");
    }

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator) => RandomDraws.Normal(generator, shape, Sigma);

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format) => batch.add(values, HeldScalars.One);
}
