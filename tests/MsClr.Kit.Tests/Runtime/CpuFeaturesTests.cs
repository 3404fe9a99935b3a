using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Runtime;

public sealed class CpuFeaturesTests
{
    // Abridged flags lines of real machines: an AMD EPYC Zen 3 (AVX2, no AVX-512) and an Intel Sapphire Rapids (AMX).
    private const string Zen3 = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\nflags\t\t: fpu vme sse sse2 ssse3 fma sse4_1 sse4_2 avx f16c avx2 bmi2 sha_ni\n\nprocessor\t: 1\nflags\t\t: fpu\n";
    private const string SapphireRapids = "model name\t: Intel(R) Xeon(R) Platinum 8480+\nflags\t\t: fma avx2 avx512f avx512_vnni avx512_bf16 amx_bf16 amx_tile amx_int8\n";
    private const string Zen4 = "flags\t\t: fma avx2 avx512f avx512bw avx512_vnni avx512_bf16\n";

    [Fact]
    public void Parse_Zen3_HasAvx2ButNoNativeBf16()
    {
        var features = CpuFeatures.Parse(Zen3);
        Assert.True(features.HasAvx2Fma);
        Assert.False(features.HasAvx512);
        Assert.False(features.HasNativeBf16);
        Assert.Equal("AVX2, FMA", features.Describe());
    }

    [Theory]
    [InlineData(SapphireRapids, "AVX2, FMA, AVX-512F, AVX512_VNNI, AVX512_BF16, AMX, AMX_BF16")]
    [InlineData(Zen4, "AVX2, FMA, AVX-512F, AVX512_VNNI, AVX512_BF16")]
    public void Parse_Bf16Cpus_HaveNativeBf16(string cpuinfo, string described)
    {
        var features = CpuFeatures.Parse(cpuinfo);
        Assert.True(features.HasNativeBf16);
        Assert.Equal(described, features.Describe());
    }

    [Fact]
    public void Parse_NoFlagsLine_DetectsNothing()
    {
        var features = CpuFeatures.Parse("model name\t: something\n");
        Assert.False(features.HasAvx2Fma);
        Assert.Equal("none detected", features.Describe());
    }

    [Fact]
    public void EnsureUsable_Bf16OnACpuWithoutBf16_StopsSayingWhyAndWhatToDo()
    {
        var error = Assert.Throws<NotSupportedException>(() =>
            ComputePrecisionSupport.EnsureUsable(ComputePrecision.BFloat16, CPU, CpuFeatures.Parse(Zen3), force: false));
        Assert.Contains("no native bf16 instructions", error.Message);
        Assert.Contains("AVX2, FMA", error.Message);
        Assert.Contains("--precision fp32", error.Message);
        Assert.Contains(ComputePrecisionSupport.ForceVariable + "=1", error.Message);
    }

    [Fact]
    public void EnsureUsable_Fp32AnywhereOrBf16WhereNativeOrForced_Passes()
    {
        ComputePrecisionSupport.EnsureUsable(ComputePrecision.Float32, CPU, CpuFeatures.Parse(Zen3), force: false);
        ComputePrecisionSupport.EnsureUsable(ComputePrecision.BFloat16, CPU, CpuFeatures.Parse(Zen4), force: false);
        ComputePrecisionSupport.EnsureUsable(ComputePrecision.BFloat16, CPU, CpuFeatures.Parse(Zen3), force: true);
    }
}
