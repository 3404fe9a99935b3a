using System.Globalization;
using System.Runtime.InteropServices;

namespace MsClr.Kit.Runtime;

/// <summary>
/// This process's memory as Linux and the native allocator see it: the resident set from <c>/proc/self/status</c>, the
/// bytes the native heap has handed out and not taken back, and a way to give the heap's free memory back to the system.
/// The launchers (<c>scripts/runtime-env.sh</c>) serve libtorch with tcmalloc or with tuned glibc malloc; both keep freed
/// memory resident, so the resident set follows the allocator's caching while <see cref="NativeHeapInUseBytes"/> follows
/// only what the program holds. Off Linux every reading is <c>null</c>.
/// </summary>
public static class ProcessMemory
{
    private static readonly Lazy<bool> TcmallocServes = new(() => ReadMaps().Contains("libtcmalloc", StringComparison.Ordinal));

    /// <summary>Whether tcmalloc serves this process's <c>malloc</c> (it is mapped, which the launchers' preload does); otherwise glibc's malloc does.</summary>
    public static bool UsesTcmalloc => TcmallocServes.Value;

    /// <summary>VmRSS: bytes resident now, or <c>null</c> without <c>/proc</c>.</summary>
    public static long? ResidentBytes() => ReadStatus("VmRSS:");

    private static long _peakBeforeResets;

    /// <summary>VmHWM: the peak resident bytes since the process started or since the last <see cref="ResetPeak"/>, or <c>null</c> without <c>/proc</c>.</summary>
    public static long? PeakResidentBytes() => ReadStatus("VmHWM:");

    /// <summary>The peak resident bytes since the process started, across every <see cref="ResetPeak"/>, or <c>null</c> without <c>/proc</c>.</summary>
    public static long? ProcessPeakResidentBytes() => PeakResidentBytes() is { } peak ? Math.Max(peak, Interlocked.Read(ref _peakBeforeResets)) : null;

    /// <summary>
    /// Bytes the native heap has allocated and not yet freed: tcmalloc's <c>generic.current_allocated_bytes</c>, or
    /// glibc's <c>mallinfo2</c> (in-use arena bytes plus mmapped chunks, over all arenas). Allocator caches, free lists
    /// and fragmentation are not in it, so a steady workload keeps it flat exactly where it frees what it allocates.
    /// </summary>
    /// <returns>Bytes, or <c>null</c> when neither allocator can be asked.</returns>
    public static long? NativeHeapInUseBytes()
    {
        try
        {
            if (UsesTcmalloc)
            {
                return MallocExtension_GetNumericProperty("generic.current_allocated_bytes", out var value) != 0 ? (long)value : null;
            }

            var info = mallinfo2();
            return (long)(info.uordblks + info.hblkhd);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Collects managed garbage twice around the finalizers, so tensors nobody disposed give their native memory back.</summary>
    public static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>
    /// Gives the native heap's free memory back to the system: tcmalloc's <c>ReleaseFreeMemory</c>, or glibc's
    /// <c>malloc_trim(0)</c>. Collect garbage first (<see cref="CollectGarbage"/>) for tensors nobody disposed to count.
    /// </summary>
    /// <returns>False where the allocator could not be asked.</returns>
    public static bool ReleaseFreeMemory()
    {
        try
        {
            if (UsesTcmalloc)
            {
                MallocExtension_ReleaseFreeMemory();
            }
            else
            {
                malloc_trim(0);
            }

            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Collects garbage, releases free memory (<see cref="ReleaseFreeMemory"/>) and resets VmHWM to the current resident size
    /// (Linux ≥ 4.0: "5" written to <c>/proc/self/clear_refs</c>), so the next peak belongs to what runs after.
    /// </summary>
    /// <returns>False where the kernel refuses the reset (the peak then covers earlier work too).</returns>
    public static bool ResetPeak()
    {
        Interlocked.Exchange(ref _peakBeforeResets, ProcessPeakResidentBytes() ?? 0);
        CollectGarbage();
        ReleaseFreeMemory();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? ReadStatus(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static string ReadMaps()
    {
        try
        {
            return File.ReadAllText("/proc/self/maps");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    // glibc ≥ 2.33; every field is a size_t.
    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint arena;
        public nuint ordblks;
        public nuint smblks;
        public nuint hblks;
        public nuint hblkhd;
        public nuint usmblks;
        public nuint fsmblks;
        public nuint uordblks;
        public nuint fordblks;
        public nuint keepcost;
    }

    [DllImport("libc", EntryPoint = "mallinfo2")]
    private static extern MallInfo2 mallinfo2();

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);

    [DllImport("libtcmalloc_minimal.so.4")]
    private static extern void MallocExtension_ReleaseFreeMemory();

    [DllImport("libtcmalloc_minimal.so.4")]
    private static extern int MallocExtension_GetNumericProperty([MarshalAs(UnmanagedType.LPUTF8Str)] string property, out nuint value);
}
