using System.Globalization;

namespace MsClr.Bench;

/// <summary>Resident memory of this process from <c>/proc/self/status</c> (Linux), in GB.</summary>
internal static class ProcessMemory
{
    /// <summary>VmRSS: resident now.</summary>
    public static double ResidentGb() => Read("VmRSS:");

    private static double _peakBeforeResets;

    /// <summary>VmHWM: the peak resident size since the process started or since <see cref="ResetPeak"/>.</summary>
    public static double PeakResidentGb() => Read("VmHWM:");

    /// <summary>The peak resident size since the process started, across every <see cref="ResetPeak"/>.</summary>
    public static double ProcessPeakResidentGb() => Math.Max(_peakBeforeResets, PeakResidentGb());

    /// <summary>Resets VmHWM to the current resident size (Linux ≥ 4.0: "5" written to <c>/proc/self/clear_refs</c>), so
    /// the next peak belongs to what runs after; false where the kernel refuses it (the peak then covers earlier work too).</summary>
    public static bool ResetPeak()
    {
        try
        {
            // Free heap memory stays resident under the kit's malloc settings; give it back first, or the new peak
            // would start from everything earlier work left in the heap.
            _peakBeforeResets = ProcessPeakResidentGb();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            ReleaseFreeMemory();
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Whether the launcher (scripts/runtime-env.sh) preloaded tcmalloc; otherwise glibc's malloc serves libtorch.</summary>
    public static bool UsesTcmalloc => Environment.GetEnvironmentVariable("MSCLR_ALLOCATOR") == "tcmalloc";

    // Gives free memory back through the allocator in use: tcmalloc's page heap, or glibc's heap.
    private static void ReleaseFreeMemory()
    {
        if (UsesTcmalloc)
        {
            MallocExtension_ReleaseFreeMemory();
        }
        else
        {
            malloc_trim(0);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);

    [System.Runtime.InteropServices.DllImport("libtcmalloc_minimal.so.4")]
    private static extern void MallocExtension_ReleaseFreeMemory();

    private static double Read(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return double.NaN;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
    }
}
