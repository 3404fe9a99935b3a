using MsClr.Kit.Experiments.Paper;

namespace MsClr.Kit.Experiments.Sweeps;

/// <summary>
/// A sweep as data: every experiment behind some paper tables, in some benchmark columns, for some seeds, at one budget.
/// Each spec appears once even when several table rows share it (as in <c>reproduce</c>), cheapest first (fewest
/// training formats, then in table order), so the rows a reader looks at first finish first. Array task <c>i</c> of a
/// Slurm submission runs <see cref="Specs"/>[i].
/// </summary>
/// <param name="Budget">The budget every spec runs at.</param>
/// <param name="Tables">The paper tables the sweep measures (names, e.g. <c>table1</c>).</param>
/// <param name="Benchmarks">The paper columns measured.</param>
/// <param name="Seeds">The run seeds (1..N for <c>--seeds N</c>).</param>
/// <param name="UseSynthetic">Whether the synthetic stand-in replaces NTU (<see cref="PaperBenchmarks"/>).</param>
/// <param name="Specs">The experiments, each once, in run order.</param>
public sealed record SweepPlan(
    string Budget,
    IReadOnlyList<string> Tables,
    IReadOnlyList<PaperBenchmark> Benchmarks,
    IReadOnlyList<ulong> Seeds,
    bool UseSynthetic,
    IReadOnlyList<ExperimentSpec> Specs)
{
    /// <summary>The command-line names of the paper columns, e.g. <c>ntu60-xsub</c>.</summary>
    public static IReadOnlyDictionary<string, PaperBenchmark> BenchmarkNames { get; } = new Dictionary<string, PaperBenchmark>(StringComparer.OrdinalIgnoreCase)
    {
        ["ntu60-xsub"] = PaperBenchmark.Ntu60XSub,
        ["ntu60-xview"] = PaperBenchmark.Ntu60XView,
        ["ntu120-xsub"] = PaperBenchmark.Ntu120XSub,
        ["ntu120-xset"] = PaperBenchmark.Ntu120XSet,
    };

    /// <summary>The command-line name of <paramref name="benchmark"/>.</summary>
    public static string BenchmarkName(PaperBenchmark benchmark) => BenchmarkNames.Single(b => b.Value == benchmark).Key;

    /// <summary>Parses a column name (<see cref="BenchmarkNames"/>).</summary>
    /// <exception cref="ArgumentException">Not one of them; the message lists them.</exception>
    public static PaperBenchmark ParseBenchmark(string name) => BenchmarkNames.TryGetValue(name, out var benchmark)
        ? benchmark
        : throw new ArgumentException($"benchmark '{name}': expected one of {string.Join(", ", BenchmarkNames.Keys)}");

    /// <summary>Plans the sweep.</summary>
    /// <param name="tables">Paper tables, e.g. <see cref="PaperTables.Table1"/>.</param>
    /// <param name="benchmarks">Paper columns; entries in other columns are left out.</param>
    /// <param name="seeds">Number of seeds: 1..<paramref name="seeds"/>.</param>
    /// <param name="budget">The budget.</param>
    /// <param name="useSynthetic">Run on the synthetic stand-in instead of NTU.</param>
    /// <param name="streams">Only specs of these input streams (null: all); e.g. joint alone for a quick look, which leaves
    /// the 3-stream fusion rows empty.</param>
    /// <exception cref="ArgumentException">No table, no benchmark, fewer than one seed, or nothing measured in those columns.</exception>
    public static SweepPlan Create(IReadOnlyList<PaperTable> tables, IReadOnlyList<PaperBenchmark> benchmarks, int seeds, Budget budget, bool useSynthetic,
        IReadOnlyList<Skeletons.InputStream>? streams = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(benchmarks);
        ArgumentNullException.ThrowIfNull(budget);
        if (tables.Count == 0 || benchmarks.Count == 0)
        {
            throw new ArgumentException("a sweep needs at least one table and one benchmark");
        }

        if (seeds < 1)
        {
            throw new ArgumentException($"seeds: expected at least 1, got {seeds}", nameof(seeds));
        }

        var seedList = Enumerable.Range(1, seeds).Select(s => (ulong)s).ToArray();
        var columns = benchmarks.Distinct().ToArray();
        var specs = seedList
            .SelectMany(seed => tables.SelectMany(t => t.Measured).Where(e => columns.Contains(e.Benchmark!.Value)).SelectMany(e => e.Specs(budget, useSynthetic, seed)))
            .Where(s => streams is null || streams.Contains(s.Stream))
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.TrainingFormats.Count)
            .ToArray();
        if (specs.Length == 0)
        {
            throw new ArgumentException($"{string.Join(", ", tables.Select(t => t.Name))} measure nothing in {string.Join(", ", columns.Select(BenchmarkName))}");
        }

        return new SweepPlan(budget.Name, tables.Select(t => t.Name).Distinct().ToArray(), columns, seedList, useSynthetic, specs);
    }

    /// <summary>The index of <paramref name="specId"/> in <see cref="Specs"/>, or -1.</summary>
    public int IndexOf(string specId) => Specs.Select((s, i) => (s, i)).FirstOrDefault(p => p.s.Id == specId, (null!, -1)).Item2;
}
