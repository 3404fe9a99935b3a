namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// Maps the paper's benchmarks to the kit's <see cref="BenchmarkCatalog"/> names. With <c>useSynthetic</c> the synthetic
/// multi-skeleton benchmark stands in for NTU: subject splits map to <c>synthetic-xsub</c>, and the view and setup splits
/// (both change the camera) map to <c>synthetic-xview</c>. Numbers measured on the stand-in are not comparable with the
/// paper's; the table views label them "synthetic".
/// </summary>
public static class PaperBenchmarks
{
    /// <summary>The kit benchmark of <paramref name="benchmark"/>, or its synthetic stand-in.</summary>
    public static Benchmark Kit(PaperBenchmark benchmark, bool useSynthetic) => (benchmark, useSynthetic) switch
    {
        (PaperBenchmark.Ntu60XView, false) => BenchmarkCatalog.Ntu60CrossView,
        (PaperBenchmark.Ntu60XSub, false) => BenchmarkCatalog.Ntu60CrossSubject,
        (PaperBenchmark.Ntu120XSet, false) => BenchmarkCatalog.Ntu120CrossSetup,
        (PaperBenchmark.Ntu120XSub, false) => BenchmarkCatalog.Ntu120CrossSubject,
        (PaperBenchmark.Ntu60XSub or PaperBenchmark.Ntu120XSub, true) => SyntheticBenchmarks.CrossSubject,
        (PaperBenchmark.Ntu60XView or PaperBenchmark.Ntu120XSet, true) => SyntheticBenchmarks.CrossView,
        _ => throw new ArgumentOutOfRangeException(nameof(benchmark), benchmark, "expected one of the four PaperBenchmark values"),
    };

    /// <summary>The column header the paper prints for <paramref name="benchmark"/>, e.g. <c>NTU-60 xsub</c>.</summary>
    public static string Label(PaperBenchmark benchmark) => benchmark switch
    {
        PaperBenchmark.Ntu60XView => "NTU-60 xview",
        PaperBenchmark.Ntu60XSub => "NTU-60 xsub",
        PaperBenchmark.Ntu120XSet => "NTU-120 xset",
        PaperBenchmark.Ntu120XSub => "NTU-120 xsub",
        _ => throw new ArgumentOutOfRangeException(nameof(benchmark), benchmark, "expected one of the four PaperBenchmark values"),
    };
}
