using System.Globalization;
using MsClr.Kit.Runtime;

namespace MsClr.Bench;

/// <summary>
/// The fp32 FMA peak of this machine as arithmetic: cores × clock × FLOP per cycle, with two FMA pipes per core at
/// the widest vector the CPU advertises (8 fp32 lanes with AVX2, 16 with AVX-512), two FLOP per lane. An upper bound
/// (Zen 2–4 split 512-bit FMAs into two 256-bit halves; clocks drop under vector load), and only an estimate, which is
/// why the bench compares the step with the GEMM and convolution rates it measures in the same run.
/// </summary>
internal static class FmaPeak
{
    /// <summary>A one-line note with the estimate, or why there is none (no clock in /proc/cpuinfo, as in many VMs).</summary>
    public static string Note()
    {
        var mhz = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("cpu MHz", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        if (mhz is null || !double.TryParse(mhz, NumberStyles.Float, CultureInfo.InvariantCulture, out var clock) || clock <= 0)
        {
            return "fp32 FMA peak: not estimated (/proc/cpuinfo gives no clock on this machine); the fp32 GEMM and 9×1 convolution rates measured in this run are the bound";
        }

        var lanes = CpuFeatures.Current.HasAvx512 ? 16 : CpuFeatures.Current.HasAvx2Fma ? 8 : 4;
        var peak = Environment.ProcessorCount * clock / 1000 * 2 * lanes * 2;
        return string.Create(CultureInfo.InvariantCulture,
            $"fp32 FMA peak estimate: {Environment.ProcessorCount} cores × {clock / 1000:F2} GHz × 2 FMA pipes × {lanes} lanes × 2 FLOP = {peak:F0} GFLOP/s (an upper bound; the measured GEMM and convolution rates are the practical one)");
    }
}
