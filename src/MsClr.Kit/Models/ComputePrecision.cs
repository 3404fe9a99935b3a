using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// The number type the encoder's ST-GCN blocks compute and keep their activations in. Parameters and their gradients,
/// BatchNorm's statistics (accumulated in fp32 by libtorch's mixed-type kernels), the input BatchNorm, the pooled
/// features, the losses and the optimiser stay in fp32 either way.
/// </summary>
public enum ComputePrecision
{
    /// <summary>fp32 everywhere: the reference numerics.</summary>
    Float32,

    /// <summary>Block activations in bfloat16 (8-bit significand): the convolutions and adjacency products run at about
    /// twice the fp32 throughput on CPUs with AVX512_BF16 or AMX (fp32 accumulation inside oneDNN), and BatchNorm, ReLU,
    /// dropout and the residual sums move half the bytes and keep half the memory for backward. Results differ from fp32
    /// by bf16 rounding; the blocks' output is cast back to fp32 before pooling.</summary>
    BFloat16,
}

/// <summary>Casts for <see cref="ComputePrecision"/>.</summary>
public static class ComputePrecisionExtensions
{
    /// <summary>The tensor type the blocks compute in.</summary>
    public static ScalarType ComputeType(this ComputePrecision precision) =>
        precision == ComputePrecision.BFloat16 ? ScalarType.BFloat16 : ScalarType.Float32;

    /// <summary><paramref name="tensor"/> in <paramref name="type"/>; the same tensor when it already is (no copy).</summary>
    internal static Tensor In(this Tensor tensor, ScalarType type) => tensor.dtype == type ? tensor : tensor.to(type);

    /// <summary>Parses "fp32"/"float32" or "bf16"/"bfloat16" (command-line spelling).</summary>
    public static ComputePrecision Parse(string text) => text.ToLowerInvariant() switch
    {
        "fp32" or "float32" => ComputePrecision.Float32,
        "bf16" or "bfloat16" => ComputePrecision.BFloat16,
        _ => throw new ArgumentException($"precision '{text}': expected fp32 or bf16"),
    };

    /// <summary>"fp32" or "bf16".</summary>
    public static string ShortName(this ComputePrecision precision) =>
        precision == ComputePrecision.BFloat16 ? "bf16" : "fp32";
}

/// <summary>Whether a <see cref="ComputePrecision"/> is worth running on a device: bf16 on a CPU without native bf16
/// instructions is emulated by LibTorch and far slower than fp32, so it is refused unless forced.</summary>
public static class ComputePrecisionSupport
{
    /// <summary>Environment variable that runs bf16 even on a CPU without native bf16 instructions (<c>1</c>).</summary>
    public const string ForceVariable = "MSCLR_FORCE_BF16";

    /// <summary>Throws when <paramref name="precision"/> is bf16 on a CPU device whose <paramref name="features"/> lack
    /// native bf16 and <paramref name="force"/> is false; otherwise returns.</summary>
    /// <param name="precision">The requested precision.</param>
    /// <param name="device">Where the encoder computes (CUDA devices are not checked here).</param>
    /// <param name="features">The CPU's instruction sets (<see cref="Runtime.CpuFeatures.Current"/>; injected in tests).</param>
    /// <param name="force">Run anyway (<c>$MSCLR_FORCE_BF16=1</c>).</param>
    /// <exception cref="NotSupportedException">bf16 would be emulated.</exception>
    public static void EnsureUsable(ComputePrecision precision, Device device, Runtime.CpuFeatures features, bool force)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(features);
        if (precision != ComputePrecision.BFloat16 || device.type != TorchSharp.DeviceType.CPU || features.HasNativeBf16 || force)
        {
            return;
        }

        throw new NotSupportedException(
            $"precision bf16: this CPU has no native bf16 instructions (neither avx512_bf16 nor amx_bf16 among its /proc/cpuinfo flags; it has {features.Describe()}), " +
            "so LibTorch would emulate bf16, measured 45x (9x1 convolution) to 500x (GEMM) slower than fp32 on such a CPU. " +
            $"Use --precision fp32 (the reference numerics, and the fast path here), or set {ForceVariable}=1 to run bf16 anyway.");
    }

    /// <summary>Whether <c>$MSCLR_FORCE_BF16</c> is <c>1</c> (or <c>true</c>).</summary>
    public static bool ForcedByEnvironment =>
        Environment.GetEnvironmentVariable(ForceVariable) is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
