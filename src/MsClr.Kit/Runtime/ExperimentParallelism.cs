using System.Globalization;

namespace MsClr.Kit.Runtime;

/// <summary>
/// How many experiments run at once on this machine, and with how many LibTorch threads each. On a CPU the default is
/// one experiment per core, each single-threaded: the kit's CPU-scale models are made of small operations that scale
/// poorly across threads (measured with <c>scripts/bench.sh --quick --suite quick-breakdown</c> on a 2-core EPYC: one
/// quick-budget step takes 621 ms with one thread and 437 ms with two, so two one-thread experiments do 1.4× the work
/// of one two-thread experiment), and feature extraction, probing and I/O do not scale at all. Memory caps the count.
/// On a GPU experiments run one at a time.
/// </summary>
/// <param name="Tasks">Experiments at once (at least 1).</param>
/// <param name="ThreadsPerTask">LibTorch intra-op threads of each (at least 1).</param>
public sealed record ExperimentParallelism(int Tasks, int ThreadsPerTask)
{
    /// <summary>Resident memory one experiment needs at most at a CPU budget, in bytes: the quick budget's four-format
    /// experiment peaks at 2.0 GB (<c>/usr/bin/time -v</c> on <c>reproduce --budget quick</c>), plus headroom.</summary>
    public const long CpuBudgetBytesPerTask = 3L << 30;

    /// <summary>The same at the paper budget (two formats at batch 128 peak at 4.8 GB, see docs/performance.md).</summary>
    public const long PaperBudgetBytesPerTask = 6L << 30;

    /// <summary>Chooses the parallelism.</summary>
    /// <param name="cores">Logical cores available to this process.</param>
    /// <param name="availableMemoryBytes">Memory available for new work (MemAvailable), or null when unknown.</param>
    /// <param name="bytesPerTask">Peak resident memory of one experiment.</param>
    /// <param name="pendingTasks">Experiments still to run.</param>
    /// <param name="onGpu">Whether experiments train on a GPU (then one at a time unless asked).</param>
    /// <param name="requestedTasks">The user's <c>--parallel</c>, or null for the default.</param>
    /// <param name="requestedThreads">The user's <c>MSCLR_THREADS</c>, or null for cores ÷ tasks.</param>
    /// <exception cref="ArgumentOutOfRangeException">A requested value below 1.</exception>
    public static ExperimentParallelism Choose(
        int cores, long? availableMemoryBytes, long bytesPerTask, int pendingTasks, bool onGpu, int? requestedTasks = null, int? requestedThreads = null)
    {
        if (requestedTasks is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(requestedTasks), requestedTasks, "--parallel: expected at least 1");
        }

        if (requestedThreads is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(requestedThreads), requestedThreads, $"{KitEnvironment.ThreadsVariable}: expected at least 1");
        }

        cores = Math.Max(1, cores);
        var byMemory = availableMemoryBytes is { } available ? (int)Math.Clamp(available / Math.Max(1, bytesPerTask), 1, int.MaxValue) : cores;
        var tasks = requestedTasks ?? (onGpu ? 1 : Math.Min(cores, byMemory));
        tasks = Math.Max(1, Math.Min(tasks, Math.Max(1, pendingTasks)));
        return new ExperimentParallelism(tasks, requestedThreads ?? Math.Max(1, cores / tasks));
    }

    /// <summary><see cref="Choose"/> for this machine: its core count, <c>MemAvailable</c> from /proc/meminfo and
    /// <c>$MSCLR_THREADS</c>.</summary>
    public static ExperimentParallelism ForThisMachine(long bytesPerTask, int pendingTasks, bool onGpu, int? requestedTasks = null)
    {
        return Choose(Environment.ProcessorCount, AvailableMemoryBytes(), bytesPerTask, pendingTasks, onGpu, requestedTasks, KitEnvironment.RequestedThreads);
    }

    /// <summary>MemAvailable from /proc/meminfo in bytes, or null where there is no such file.</summary>
    public static long? AvailableMemoryBytes(string meminfoPath = "/proc/meminfo")
    {
        if (!File.Exists(meminfoPath))
        {
            return null;
        }

        foreach (var line in File.ReadLines(meminfoPath))
        {
            if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib * 1024 : null;
            }
        }

        return null;
    }
}
