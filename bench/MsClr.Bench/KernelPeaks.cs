using TorchSharp;
using static TorchSharp.torch;

namespace MsClr.Bench;

/// <summary>What libtorch reaches on this machine for the two kernels that dominate a step: a large GEMM and the 9×1
/// temporal convolution of the widest block (GFLOP/s), in fp32 and in bf16 (what an AVX512_BF16 path could gain).</summary>
internal static class KernelPeaks
{
    /// <summary>GFLOP/s of a 2048×2048×2048 matmul in <paramref name="dtype"/>.</summary>
    public static Measurement Gemm(int repeats, ScalarType dtype = ScalarType.Float32)
    {
        const long n = 2048;
        using var a = randn(n, n).to(dtype);
        using var b = randn(n, n).to(dtype);
        return Measurement.Run($"libtorch {Name(dtype)} GEMM 2048³ (peak reference)", "GFLOP/s", 1, repeats, () =>
        {
            using var c = a.matmul(b);
            return 2.0 * n * n * n / 1e9;
        });
    }

    /// <summary>GFLOP/s of the last block's temporal convolution (256→256, kernel 9×1) on 256 rows of 13 frames × 25
    /// joints in <paramref name="dtype"/>.</summary>
    public static Measurement TemporalConvolution(int repeats, ScalarType dtype = ScalarType.Float32)
    {
        const long rows = 256, channels = 256, frames = 13, joints = 25, kernel = 9;
        using var x = randn(rows, channels, frames, joints).to(dtype);
        using var conv = nn.Conv2d(channels, channels, (kernel, 1L), padding: ((kernel - 1) / 2, 0L));
        conv.to(dtype);
        return Measurement.Run($"libtorch {Name(dtype)} 9×1 convolution 256→256 (peak reference)", "GFLOP/s", 1, repeats, () =>
        {
            using var _ = no_grad();
            using var y = conv.forward(x);
            return 2.0 * rows * frames * joints * channels * channels * kernel / 1e9;
        });
    }

    private static string Name(ScalarType dtype) => dtype == ScalarType.BFloat16 ? "bf16" : "fp32";
}
