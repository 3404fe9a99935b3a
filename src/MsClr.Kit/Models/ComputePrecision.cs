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
