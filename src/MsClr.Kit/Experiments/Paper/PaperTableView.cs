using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments.Results;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// A paper table as a <see cref="DataFrame"/> shaped like the paper's, ours next to the paper's number. Columns:
/// <c>row</c>, <c>column</c> (the paper's column header), <c>ours (%)</c>, <c>paper (%)</c>, <c>delta (points)</c>
/// (ours − paper), <c>data</c> (<c>synthetic</c> or <c>NTU</c>) and <c>budget</c>. Ours is null where not measured.
/// </summary>
public static class PaperTableView
{
    /// <summary>Column names in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["row", "column", "ours (%)", "paper (%)", "delta (points)", "data", "budget"];

    /// <summary>The first five columns of a view's lines, typed: what reports, charts and console tables read.</summary>
    /// <param name="view">A frame built by one of the <c>Build</c> overloads.</param>
    public static IReadOnlyList<PaperTableLine> Lines(DataFrame view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<PaperTableLine>((int)view.Rows.Count);
        for (long i = 0; i < view.Rows.Count; i++)
        {
            lines.Add(new PaperTableLine((string)view[Columns[0]][i], (string)view[Columns[1]][i], (double?)view[Columns[2]][i],
                (double?)view[Columns[3]][i], (double?)view[Columns[4]][i]));
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
            .Select(p => (Budget: p.Spec.Budget, Synthetic: PaperBenchmarks.IsSynthetic(p.Spec.Benchmark), p.Spec.Seed))
            .Distinct()
            .ToArray();
        double? Ours(PaperEntry entry, IReadOnlyList<ExperimentSpec> specs)
        {
            var found = specs.Select(s => byId.GetValueOrDefault(s.Id)).ToArray();
            if (found.Any(r => r is null))
            {
                return null;
            }

            var measured = found.Select(r => r!).ToArray();
            return entry.Measurement!.IsFusion ? fuse?.Invoke(entry.Measurement, measured) : Metric(measured[0], entry.Measurement.Metric);
        }

        return Assemble(table, settings, known.Contains, Ours);
    }

    /// <summary>
    /// The view of <paramref name="table"/> from the results store at one budget, data and seed: each measured entry
    /// reads its spec's latest value of its metric (3-stream rows read the <see cref="FusedMetric"/> rows of their
    /// joint-stream spec, which <see cref="StreamFusionRecorder.Record"/> stores; without them they stay null).
    /// </summary>
    public static DataFrame Build(PaperTable table, ResultsStore store, Budget budget, bool useSynthetic, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(budget);
        var rows = store.Load();
        double? Ours(PaperEntry entry, IReadOnlyList<ExperimentSpec> specs)
        {
            var metric = entry.Measurement!.IsFusion ? FusedMetric(entry.Measurement.Metric) : entry.Measurement.Metric;
            return ResultsStore.Latest(rows, specs[0].Id, metric);
        }

        return Assemble(table, [(budget.Name, useSynthetic, seed)], _ => true, Ours);
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
        IReadOnlyList<(string Budget, bool Synthetic, ulong Seed)> settings,
        Func<string, bool> planned,
        Func<PaperEntry, IReadOnlyList<ExperimentSpec>, double?> ours)
    {
        var lines = new List<(string Row, string Column, double? Ours, double? Paper, string? Data, string? Budget)>();
        foreach (var entry in table.Entries)
        {
            var shown = false;
            foreach (var (budgetName, synthetic, seed) in settings)
            {
                var specs = entry.Specs(Budget.Get(budgetName), synthetic, seed);
                if (specs.Count == 0 || !specs.Any(s => planned(s.Id)))
                {
                    continue;
                }

                var value = ours(entry, specs) is { } fraction ? Math.Round(100 * fraction, 2) : (double?)null;
                lines.Add((entry.Row, entry.Column, value, entry.Paper, synthetic ? "synthetic" : "NTU", budgetName));
                shown = true;
            }

            if (!shown)
            {
                lines.Add((entry.Row, entry.Column, null, entry.Paper, null, null));
            }
        }

        return new DataFrame(
            new StringDataFrameColumn(Columns[0], lines.Select(l => l.Row)),
            new StringDataFrameColumn(Columns[1], lines.Select(l => l.Column)),
            new DoubleDataFrameColumn(Columns[2], lines.Select(l => l.Ours)),
            new DoubleDataFrameColumn(Columns[3], lines.Select(l => l.Paper)),
            new DoubleDataFrameColumn(Columns[4], lines.Select(l => l.Ours is { } o && l.Paper is { } p ? Math.Round(o - p, 2) : (double?)null)),
            new StringDataFrameColumn(Columns[5], lines.Select(l => l.Data)),
            new StringDataFrameColumn(Columns[6], lines.Select(l => l.Budget)));
    }
}
