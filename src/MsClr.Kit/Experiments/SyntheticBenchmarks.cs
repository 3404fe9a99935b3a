using MsClr.Kit.Data.Synthetic;

namespace MsClr.Kit.Experiments;

/// <summary>The synthetic multi-skeleton benchmark's splits, stored under the dataset folder <c>synthetic</c>.</summary>
public static class SyntheticBenchmarks
{
    /// <summary>The store dataset name of the synthetic clips.</summary>
    public const string Dataset = "synthetic";

    /// <summary>Cross-subject: odd subjects train, even subjects test.</summary>
    public static Benchmark CrossSubject { get; } = new("synthetic-xsub", Dataset, SyntheticActions.Count, m => SyntheticSplits.IsTraining(m, SyntheticBenchmark.CrossSubject));

    /// <summary>Cross-view: the frontal view is the test view.</summary>
    public static Benchmark CrossView { get; } = new("synthetic-xview", Dataset, SyntheticActions.Count, m => SyntheticSplits.IsTraining(m, SyntheticBenchmark.CrossView));

    /// <summary>Both synthetic benchmarks.</summary>
    public static IReadOnlyList<Benchmark> All { get; } = [CrossSubject, CrossView];
}
