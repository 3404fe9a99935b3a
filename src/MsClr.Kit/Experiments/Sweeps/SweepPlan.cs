using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Data;

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
/// <param name="UseSynthetic">Whether the synthetic stand-in replaces NTU (<see cref="Benchmark.MeasuredOn"/>).</param>
/// <param name="Specs">The experiments, each once, in run order.</param>
public sealed record SweepPlan(
    string Budget,
    IReadOnlyList<string> Tables,
    IReadOnlyList<Benchmark> Benchmarks,
    IReadOnlyList<ulong> Seeds,
    bool UseSynthetic,
    IReadOnlyList<ExperimentSpec> Specs)
{
    /// <summary>Parses a paper column's name (<see cref="Benchmark.PaperColumns"/>, e.g. <c>ntu60-xsub</c>, any case).</summary>
    /// <exception cref="ArgumentException">Not one of them; the message lists them.</exception>
    public static Benchmark ParseBenchmark(string name) =>
        Benchmark.PaperColumns.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"benchmark '{name}': expected one of {string.Join(", ", Benchmark.PaperColumns.Select(b => b.Name))}");

    /// <summary>Plans the sweep.</summary>
    /// <param name="tables">Paper tables, e.g. <see cref="PaperTables.Table1"/>.</param>
    /// <param name="benchmarks">Paper columns; entries in other columns are left out.</param>
    /// <param name="seeds">Number of seeds: 1..<paramref name="seeds"/>.</param>
    /// <param name="budget">The budget.</param>
    /// <param name="useSynthetic">Run on the synthetic stand-in instead of NTU.</param>
    /// <param name="streams">Only specs of these input streams (null: all); e.g. joint alone for a quick look, which leaves
    /// the 3-stream fusion rows empty.</param>
    /// <exception cref="ArgumentException">No table, no benchmark, fewer than one seed, or nothing measured in those columns.</exception>
    public static SweepPlan Create(IReadOnlyList<PaperTable> tables, IReadOnlyList<Benchmark> benchmarks, int seeds, Budget budget, bool useSynthetic,
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
            .SelectMany(seed => tables.SelectMany(t => t.Measured).Where(e => columns.Contains(e.Benchmark!)).SelectMany(e => e.Specs(budget, useSynthetic, seed)))
            .Where(s => streams is null || streams.Contains(s.Stream))
            .DistinctBy(s => s.Id)
            .OrderBy(s => s.TrainingFormats.Count)
            .ToArray();
        if (specs.Length == 0)
        {
            throw new ArgumentException($"{string.Join(", ", tables.Select(t => t.Name))} measure nothing in {string.Join(", ", columns.Select(b => b.Name))}");
        }

        return new SweepPlan(budget.Name, tables.Select(t => t.Name).Distinct().ToArray(), columns, seedList, useSynthetic, specs);
    }

    /// <summary>The index of <paramref name="specId"/> in <see cref="Specs"/>, or -1.</summary>
    public int IndexOf(string specId) => Specs.Select((s, i) => (s, i)).FirstOrDefault(p => p.s.Id == specId, (null!, -1)).Item2;
}
