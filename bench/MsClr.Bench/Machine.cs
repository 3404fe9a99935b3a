using MsClr.Kit.Runtime;
using System.Globalization;

namespace MsClr.Bench;

/// <summary>The machine a benchmark ran on, in one line: CPU model and its speed-relevant instruction sets, cores, libtorch threads, allocator setting, OS, date.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var tunables = Environment.GetEnvironmentVariable("GLIBC_TUNABLES");
        var allocator = ProcessMemory.UsesTcmalloc
            ? "allocator tcmalloc (LD_PRELOAD)"
            : $"allocator glibc, GLIBC_TUNABLES={(string.IsNullOrEmpty(tunables) ? "(unset)" : tunables)}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{cpu ?? "unknown CPU"} ({CpuFeatures.Current.Describe()}), {Environment.ProcessorCount} cores, {TorchSharp.torch.get_num_threads()} libtorch threads, " +
            $"{allocator}, {Environment.OSVersion}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
    }
}
