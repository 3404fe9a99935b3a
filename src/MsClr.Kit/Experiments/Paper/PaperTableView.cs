using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Statistics;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// A paper table as a <see cref="DataFrame"/> shaped like the paper's, ours next to the paper's number. Columns:
/// <c>row</c>, <c>column</c> (the paper's column header), <c>ours (%)</c> (the mean over seeds), <c>± 95 % (points)</c>
/// (half the Student-t interval over seeds, null below two), <c>n</c> (seeds), <c>paper (%)</c>, <c>delta (points)</c>
/// (ours − paper), <c>data</c> (<c>synthetic</c> or <c>NTU</c>) and <c>budget</c>. Ours is null where not measured.
/// </summary>
public static class PaperTableView
{
    /// <summary>Column names in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["row", "column", OursColumn, HalfWidthColumn, SeedsColumn, "paper (%)", "delta (points)", "data", "budget"];

    /// <summary>The measured mean's column.</summary>
    public const string OursColumn = "ours (%)";

    /// <summary>The column of half the 95 % interval over seeds, in points.</summary>
    public const string HalfWidthColumn = "± 95 % (points)";

    /// <summary>The column of the number of seeds.</summary>
    public const string SeedsColumn = "n";

    /// <summary>A view's lines, typed (row, column, ours, paper, delta, interval, seeds): what reports, charts and console tables read.</summary>
    /// <param name="view">A frame built by one of the <c>Build</c> overloads.</param>
    public static IReadOnlyList<PaperTableLine> Lines(DataFrame view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<PaperTableLine>((int)view.Rows.Count);
        for (long i = 0; i < view.Rows.Count; i++)
        {
            lines.Add(new PaperTableLine((string)view["row"][i], (string)view["column"][i], (double?)view[OursColumn][i],
                (double?)view["paper (%)"][i], (double?)view["delta (points)"][i], (double?)view[HalfWidthColumn][i], (int)view[SeedsColumn][i]!));
        }

        return lines;
    }

    /// <summary>
    /// The view of <paramref name="table"/> from finished (or planned, result null) experiments. Every entry appears once
    /// per (budget, data, seed) found among <paramref name="results"/>' specs that it was measured (or planned) under, and
    /// once with ours null when it was not.
    /// </summary>
    /// <param name="table">The paper table.</param>
    /// <param name="results">Experiments and their results (null when not run yet).</param>
    /// <param name="fuse">Computes a 3-stream row's top-1 (a fraction) from its per-stream results in the measurement's
    /// stream order, e.g. by fusing saved score files; without it 3s rows stay null, since results hold no scores.</param>
    public static DataFrame Build(
        PaperTable table,
        IEnumerable<(ExperimentSpec Spec, ExperimentResult? Result)> results,
        Func<PaperMeasurement, IReadOnlyList<ExperimentResult>, double?>? fuse = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(results);
        var pairs = results.ToArray();
        var known = pairs.Select(p => p.Spec.Id).ToHashSet();
        var byId = new Dictionary<string, ExperimentResult>();
        foreach (var (spec, result) in pairs.Where(p => p.Result is not null))
        {
            byId[spec.Id] = result!;
        }

        var settings = pairs
            .Select(p => (p.Spec.Budget, Synthetic: p.Spec.Benchmark.IsSynthetic, p.Spec.Seed))
            .Distinct()
            .ToArray();
        double? Value(PaperEntry entry, IReadOnlyList<ExperimentSpec> specs)
        {
            var found = specs.Select(s => byId.GetValueOrDefault(s.Id)).ToArray();
            if (found.Any(r => r is null))
            {
                return null;
            }

            var measured = found.Select(r => r!).ToArray();
            return entry.Measurement!.IsFusion ? fuse?.Invoke(entry.Measurement, measured) : Metric(measured[0], entry.Measurement.Metric);
        }

        SeedSummary Ours(PaperEntry entry, Budget budget, bool synthetic, IReadOnlyList<ulong> seeds) =>
            SeedSummary.Of(seeds.Select(seed => Value(entry, entry.Specs(budget, synthetic, seed))).OfType<double>());

        return Assemble(table, settings.Select(s => (s.Budget, s.Synthetic, (IReadOnlyList<ulong>)[s.Seed])).ToArray(), known.Contains, Ours);
    }

    /// <summary>
    /// The view of <paramref name="table"/> from the results store at one budget, data and seed: each measured entry
    /// reads its spec's latest value of its metric (3-stream rows read the <see cref="FusedMetric"/> rows of their
    /// joint-stream spec, which <see cref="StreamFusionRecorder.Record"/> stores; without them they stay null).
    /// </summary>
    public static DataFrame Build(PaperTable table, ResultsStore store, Budget budget, bool useSynthetic, ulong seed = 1) =>
        Build(table, store, budget, useSynthetic, [seed]);

    /// <summary>
    /// The view of <paramref name="table"/> from the results store over several seeds: each measured entry shows the mean
    /// of the seeds that have a value (<see cref="EntryValues.BySeed"/>), half its 95 % Student-t interval and the number
    /// of seeds found (which may be fewer than asked for while runs are missing).
    /// </summary>
    public static DataFrame Build(PaperTable table, ResultsStore store, Budget budget, bool useSynthetic, IReadOnlyList<ulong> seeds)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(seeds);
        var rows = store.Load();
        SeedSummary Ours(PaperEntry entry, Budget b, bool synthetic, IReadOnlyList<ulong> s) =>
            SeedSummary.Of(EntryValues.BySeed(rows, entry, b, synthetic, s).Values);

        return Assemble(table, [(budget, useSynthetic, seeds)], _ => true, Ours);
    }

    /// <summary>The store metric under which a 3-stream fusion of <paramref name="metric"/> is recorded on the joint-stream spec: <c>fused3s:&lt;metric&gt;</c>.</summary>
    public static string FusedMetric(string metric) => $"fused3s:{metric}";

    /// <summary>A result's value of <paramref name="metric"/> (<see cref="ResultMetrics"/>), or null when it has none.</summary>
    public static double? Metric(ExperimentResult result, string metric) => metric switch
    {
        ResultMetrics.Top1 => result.Top1,
        ResultMetrics.Top5 => result.Top5,
        ResultMetrics.BestPeriodicTop1 => result.BestPeriodicTop1,
        ResultMetrics.EnsembleTop1 => result.EnsembleTop1,
        _ => throw new ArgumentException($"metric '{metric}': expected {ResultMetrics.Top1}, {ResultMetrics.Top5}, {ResultMetrics.BestPeriodicTop1} or {ResultMetrics.EnsembleTop1}", nameof(metric)),
    };

    private static DataFrame Assemble(
        PaperTable table,
        IReadOnlyList<(Budget Budget, bool Synthetic, IReadOnlyList<ulong> Seeds)> settings,
        Func<string, bool> planned,
        Func<PaperEntry, Budget, bool, IReadOnlyList<ulong>, SeedSummary> ours)
    {
        var lines = new List<(string Row, string Column, SeedSummary? Ours, double? Paper, string? Data, string? Budget)>();
        foreach (var entry in table.Entries)
        {
            var shown = false;
            foreach (var (budget, synthetic, seeds) in settings)
            {
                var specs = seeds.SelectMany(seed => entry.Specs(budget, synthetic, seed)).ToArray();
                if (specs.Length == 0 || !specs.Any(s => planned(s.Id)))
                {
                    continue;
                }

                var summary = ours(entry, budget, synthetic, seeds);
                lines.Add((entry.Row, entry.Column, summary.N > 0 ? summary.Scale(100) : null, entry.Paper, synthetic ? "synthetic" : "NTU", budget.Label));
                shown = true;
            }

            if (!shown)
            {
                lines.Add((entry.Row, entry.Column, null, entry.Paper, null, null));
            }
        }

        static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
        return new DataFrame(
            new StringDataFrameColumn("row", lines.Select(l => l.Row)),
            new StringDataFrameColumn("column", lines.Select(l => l.Column)),
            new DoubleDataFrameColumn(OursColumn, lines.Select(l => Round(l.Ours?.Mean))),
            new DoubleDataFrameColumn(HalfWidthColumn, lines.Select(l => l.Ours?.HalfWidth)),
            new Int32DataFrameColumn(SeedsColumn, lines.Select(l => l.Ours?.N ?? 0)),
            new DoubleDataFrameColumn("paper (%)", lines.Select(l => l.Paper)),
            new DoubleDataFrameColumn("delta (points)", lines.Select(l => Round(l.Ours?.Mean) is { } o && l.Paper is { } p ? Math.Round(o - p, 2) : (double?)null)),
            new StringDataFrameColumn("data", lines.Select(l => l.Data)),
            new StringDataFrameColumn("budget", lines.Select(l => l.Budget)));
    }
}

/// <summary>One line of a <see cref="PaperTableView"/> frame, in percent.</summary>
/// <param name="Row">The paper's row label.</param>
/// <param name="Column">The paper's column header.</param>
/// <param name="Ours">Measured top-1 (%), the mean over seeds; null where not measured.</param>
/// <param name="Paper">The paper's top-1 (%), null where the paper has none.</param>
/// <param name="Delta">Ours − paper (points), null unless both exist.</param>
/// <param name="HalfWidth">Half the 95 % interval of <paramref name="Ours"/> over seeds (points), null below two seeds.</param>
/// <param name="Seeds">How many seeds <paramref name="Ours"/> averages (0 where not measured).</param>
public readonly record struct PaperTableLine(string Row, string Column, double? Ours, double? Paper, double? Delta, double? HalfWidth = null, int Seeds = 0);
