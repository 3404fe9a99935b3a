using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// The number type the encoder's convolutions and graph products compute in. Parameters, BatchNorm, the losses and the
/// optimiser stay in fp32 either way, as in PyTorch's CPU autocast: only the operations that dominate the FLOPs change.
/// </summary>
public enum ConvolutionPrecision
{
    /// <summary>fp32 everywhere: the reference numerics.</summary>
    Float32,

    /// <summary>Convolutions and adjacency products in bfloat16 (fp32 accumulation inside oneDNN, 8-bit significand in
    /// and out), about twice the throughput on CPUs with AVX512_BF16 or AMX. Results differ from fp32 by bf16 rounding.</summary>
    BFloat16,
}

/// <summary>Casts for <see cref="ConvolutionPrecision"/>.</summary>
public static class ConvolutionPrecisionExtensions
{
    /// <summary>The tensor type the convolutions compute in.</summary>
    public static ScalarType ComputeType(this ConvolutionPrecision precision) =>
        precision == ConvolutionPrecision.BFloat16 ? ScalarType.BFloat16 : ScalarType.Float32;

    /// <summary><paramref name="tensor"/> in <paramref name="type"/>; the same tensor when it already is (no copy).</summary>
    internal static Tensor In(this Tensor tensor, ScalarType type) => tensor.dtype == type ? tensor : tensor.to(type);

    /// <summary>Parses "fp32"/"float32" or "bf16"/"bfloat16" (command-line spelling).</summary>
    public static ConvolutionPrecision Parse(string text) => text.ToLowerInvariant() switch
    {
        "fp32" or "float32" => ConvolutionPrecision.Float32,
        "bf16" or "bfloat16" => ConvolutionPrecision.BFloat16,
        _ => throw new ArgumentException($"precision '{text}': expected fp32 or bf16"),
    };

    /// <summary>"fp32" or "bf16".</summary>
    public static string ShortName(this ConvolutionPrecision precision) =>
        precision == ConvolutionPrecision.BFloat16 ? "bf16" : "fp32";
}
