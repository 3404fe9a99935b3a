using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Experiments;

/// <summary>The benchmarks the kit knows by name.</summary>
public static class BenchmarkCatalog
{
    /// <summary>NTU RGB+D 60 cross-subject (40,091 / 16,487 clips).</summary>
    public static Benchmark Ntu60CrossSubject { get; } = Ntu("ntu60-xsub", "ntu60", NtuBenchmark.Ntu60CrossSubject);

    /// <summary>NTU RGB+D 60 cross-view (37,646 / 18,932 clips).</summary>
    public static Benchmark Ntu60CrossView { get; } = Ntu("ntu60-xview", "ntu60", NtuBenchmark.Ntu60CrossView);

    /// <summary>NTU RGB+D 120 cross-subject (63,026 / 50,919 clips).</summary>
    public static Benchmark Ntu120CrossSubject { get; } = Ntu("ntu120-xsub", "ntu120", NtuBenchmark.Ntu120CrossSubject);

    /// <summary>NTU RGB+D 120 cross-setup (54,468 / 59,477 clips).</summary>
    public static Benchmark Ntu120CrossSetup { get; } = Ntu("ntu120-xset", "ntu120", NtuBenchmark.Ntu120CrossSetup);

    /// <summary>Every known benchmark.</summary>
    public static IReadOnlyList<Benchmark> All => [Ntu60CrossSubject, Ntu60CrossView, Ntu120CrossSubject, Ntu120CrossSetup, .. SyntheticBenchmarks.All];

    /// <summary>The benchmark called <paramref name="name"/>.</summary>
    public static Benchmark Get(string name) =>
        All.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"unknown benchmark '{name}'; expected one of {string.Join(", ", All.Select(b => b.Name))}");

    // The split rules only read setup, camera and subject; the action is irrelevant to them.
    private static Benchmark Ntu(string name, string dataset, NtuBenchmark benchmark) =>
        new(name, dataset, NtuSplits.ClassCount(benchmark), metadata => NtuSplits.IsTraining(
            new NtuSampleId(metadata["setup"], metadata["camera"], metadata["subject"], metadata["replication"], action: 1), benchmark));
}
