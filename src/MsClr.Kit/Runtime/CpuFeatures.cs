namespace MsClr.Kit.Runtime;

/// <summary>
/// The x86 instruction sets that decide how fast LibTorch computes on this CPU, read from the flags line of
/// <c>/proc/cpuinfo</c>. The CPU model changes between machines (AVX-512 with AVX512_BF16 on some, only AVX2 on others),
/// so speed-relevant choices are made from what is detected, never assumed.
/// </summary>
/// <param name="Flags">The kernel's flag names (lower case), e.g. <c>avx2</c>, <c>avx512_bf16</c>, <c>amx_bf16</c>.</param>
public sealed record CpuFeatures(IReadOnlySet<string> Flags)
{
    private static readonly Lazy<CpuFeatures> Detected = new(Detect);

    /// <summary>The features of the CPU this process runs on (empty where <c>/proc/cpuinfo</c> does not exist).</summary>
    public static CpuFeatures Current => Detected.Value;

    /// <summary>AVX2 and FMA: the 256-bit fp32 path every x86 machine of the last decade has.</summary>
    public bool HasAvx2Fma => Flags.Contains("avx2") && Flags.Contains("fma");

    /// <summary>AVX-512 Foundation: 512-bit fp32 vectors.</summary>
    public bool HasAvx512 => Flags.Contains("avx512f");

    /// <summary>Native bfloat16 arithmetic (AVX512_BF16 dot products or AMX tiles). Without it LibTorch emulates bf16,
    /// tens to hundreds of times slower than fp32.</summary>
    public bool HasNativeBf16 => Flags.Contains("avx512_bf16") || Flags.Contains("amx_bf16");

    /// <summary>The speed-relevant instruction sets present, e.g. "AVX2, FMA, AVX-512F, AVX512_BF16" ("none detected" otherwise).</summary>
    public string Describe()
    {
        var named = new (string Flag, string Name)[]
        {
            ("avx2", "AVX2"), ("fma", "FMA"), ("avx512f", "AVX-512F"), ("avx512_vnni", "AVX512_VNNI"), ("avx512_bf16", "AVX512_BF16"),
            ("amx_tile", "AMX"), ("amx_bf16", "AMX_BF16"),
        };
        var present = named.Where(n => Flags.Contains(n.Flag)).Select(n => n.Name).ToArray();
        return present.Length == 0 ? "none detected" : string.Join(", ", present);
    }

    /// <summary>The features named on the first <c>flags</c> line of <paramref name="cpuinfo"/> (the text of <c>/proc/cpuinfo</c>).</summary>
    public static CpuFeatures Parse(string cpuinfo)
    {
        ArgumentNullException.ThrowIfNull(cpuinfo);
        var line = cpuinfo.Split('\n').FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal));
        var flags = line is null
            ? []
            : line.Split(':', 2)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant());
        return new CpuFeatures(new HashSet<string>(flags, StringComparer.Ordinal));
    }

    private static CpuFeatures Detect() =>
        File.Exists("/proc/cpuinfo") ? Parse(File.ReadAllText("/proc/cpuinfo")) : new CpuFeatures(new HashSet<string>());
}
