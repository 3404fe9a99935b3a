using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// Gaussian blur along time (upstream <c>GaussianBlurConv</c>, extreme view, outer p = 0.5): σ uniform in
/// [<see cref="SigmaMin"/>, <see cref="SigmaMax"/>) is always drawn; then, with the inner probability
/// <see cref="InnerProbability"/>, every (channel, joint, person) series is convolved with the kernel
/// w(k) = exp(−k² / (2σ²)), k = −r..r, r = <see cref="KernelSize"/> / 2, with r zero frames padded on both ends
/// (same length). A sample is therefore blurred with probability <see cref="AugmentationStep.Probability"/> ×
/// <see cref="InnerProbability"/> = 0.25 by default.
/// </summary>
/// <remarks>
/// The default reproduces upstream: the kernel is <em>not</em> normalised, so the blur also scales the signal by
/// Σw ∈ [1, ≈5.01] (spec §12 row 5). <see cref="NormalisedBlur"/> = true divides the kernel by its sum instead.
/// Values: (N, 2) float32 [σ in frames, inner coin as 0/1], σ drawn first as upstream.
/// </remarks>
public sealed record GaussianBlurStep : AugmentationStep
{
    private readonly double sigmaMin = 0.1;
    private readonly double sigmaMax = 2;
    private readonly int kernelSize = 15;
    private readonly double innerProbability = 0.5;

    /// <summary>A blur with the paper's outer probability 0.5 and upstream's settings.</summary>
    public GaussianBlurStep() => Probability = 0.5;

    /// <summary>Lower end of σ's range, in frames (0.1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public double SigmaMin
    {
        get => sigmaMin;
        init => sigmaMin = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(SigmaMin), value, "blur σ must be > 0");
    }

    /// <summary>Upper end of σ's range, in frames (2); must not be below <see cref="SigmaMin"/> when drawing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public double SigmaMax
    {
        get => sigmaMax;
        init => sigmaMax = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(SigmaMax), value, "blur σ must be > 0");
    }

    /// <summary>Number of taps, odd (15, so k = −7..7).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a positive odd number.</exception>
    public int KernelSize
    {
        get => kernelSize;
        init => kernelSize = value > 0 && value % 2 == 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(KernelSize), value, "kernel size must be a positive odd number");
    }

    /// <summary>Probability of the inner coin that decides, once σ is drawn, whether to convolve (0.5, as upstream).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1].</exception>
    public double InnerProbability
    {
        get => innerProbability;
        init => innerProbability = value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(InnerProbability), value, "probability must be in [0, 1]");
    }

    /// <summary>Whether to divide the kernel by its sum (a pure low-pass filter). False, the default, reproduces
    /// upstream's un-normalised kernel and its gain.</summary>
    public bool NormalisedBlur { get; init; }

    /// <summary>The kernels w_n(k) = exp(−k² / (2σ_n²)) for k = −r..r: (N, <paramref name="size"/>) float32.</summary>
    /// <param name="sigmas">(N) σ in frames.</param>
    /// <param name="size">Number of taps, odd.</param>
    /// <param name="normalised">Divide each kernel by its sum.</param>
    public static Tensor Kernel(Tensor sigmas, int size, bool normalised)
    {
        if (size <= 0 || size % 2 == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "kernel size must be a positive odd number");
        }

        using var scope = NewDisposeScope();
        var radius = size / 2;
        var offsets = arange(HeldScalars.Of(-radius), HeldScalars.Of(radius + 1), HeldScalars.One, ScalarType.Float64, sigmas.device).view(1, size);
        var sigma = sigmas.to(ScalarType.Float64).view(-1, 1);
        var two = HeldScalars.Of(2);
        var kernel = (-offsets.pow(two) / sigma.pow(two).mul(two)).exp();
        if (normalised)
        {
            kernel = kernel / kernel.sum(1, keepdim: true);
        }

        return kernel.to(ScalarType.Float32).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator)
    {
        if (SigmaMax < SigmaMin)
        {
            throw new InvalidOperationException($"{nameof(GaussianBlurStep)}: σ range [{SigmaMin}, {SigmaMax}] is empty");
        }

        using var scope = NewDisposeScope();
        var sigma = RandomDraws.Uniform(generator, [shape[0]], SigmaMin, SigmaMax);
        var inner = RandomDraws.Coin(generator, shape[0], InnerProbability).to(ScalarType.Float32);
        return stack([sigma, inner], 1).MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format)
    {
        var (n, frames) = (batch.shape[0], batch.shape[2]);
        var radius = KernelSize / 2;
        var blur = Kernel(values.select(1, 0), KernelSize, NormalisedBlur);
        // A sample whose inner coin failed gets the unit impulse, which leaves it exactly unchanged.
        var impulse = zeros_like(blur);
        impulse.select(1, radius).fill_(HeldScalars.Of(1.0));
        var kernel = where(values.select(1, 1).gt(HeldScalars.Of(0.5)).view(n, 1), blur, impulse);

        var padded = nn.functional.pad(batch, [0, 0, 0, 0, radius, radius]);
        var output = zeros_like(batch);
        for (var tap = 0; tap < KernelSize; tap++)
        {
            // Disposed per tap so a batch-sized temporary does not live on for every tap.
            using var shifted = padded.narrow(2, tap, frames);
            using var weight = kernel.narrow(1, tap, 1).view(n, 1, 1, 1, 1);
            output.addcmul_(shifted, weight, HeldScalars.One);
        }

        return output;
    }
}
