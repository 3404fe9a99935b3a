using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Statistics;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Kit.Experiments.Baselines;

/// <summary>
/// The baselines beside a paper table in one of its columns: the specs that measure them (one per baseline and stream of
/// the table's single-stream rows, on the column's benchmark, the primary Kinect v2 format, the same budget and seeds),
/// their rows, and how far each self-supervised row is above random init and the raw-coordinate probe and below supervised.
/// </summary>
public static class BaselineTable
{
    /// <summary>The baselines each self-supervised row is compared with, in the order the comparisons are listed.</summary>
    public static IReadOnlyList<BaselineKind> Compared { get; } = [BaselineKind.RandomInit, BaselineKind.RawStatistics, BaselineKind.Supervised];

    /// <summary>The streams of <paramref name="table"/>'s single-stream entries in <paramref name="column"/>, in stream order.</summary>
    public static IReadOnlyList<InputStream> Streams(PaperTable table, Benchmark column) => table.Entries
        .Where(e => e.IsMeasured && e.Benchmark == column && !e.Measurement!.IsFusion)
        .Select(e => e.Measurement!.Streams[0])
        .Distinct()
        .Order()
        .ToArray();

    /// <summary>The baseline spec of <paramref name="kind"/> on <paramref name="stream"/> in <paramref name="column"/>.</summary>
    public static ExperimentSpec Spec(BaselineKind kind, InputStream stream, Benchmark column, Budget budget, bool useSynthetic, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(budget);
        string[] kinect = [SkeletonFormats.NtuRgbD.Name];
        return new ExperimentSpec(PretrainMethod.AimClr, column.MeasuredOn(useSynthetic), stream, kinect, kinect, budget, seed,
            Baseline: kind);
    }

    /// <summary>Every baseline spec of <paramref name="tables"/> in <paramref name="column"/> at one seed, each once, cheapest first.</summary>
    public static IReadOnlyList<ExperimentSpec> Specs(IEnumerable<PaperTable> tables, Benchmark column, Budget budget, bool useSynthetic, ulong seed) => tables
        .SelectMany(t => Streams(t, column))
        .Distinct()
        .SelectMany(stream => BaselineKinds.All.Select(kind => (kind, stream)))
        .OrderBy(p => BaselineKinds.All.ToList().IndexOf(p.kind))
        .Select(p => Spec(p.kind, p.stream, column, budget, useSynthetic, seed))
        .DistinctBy(s => s.Id)
        .ToArray();

    /// <summary>A baseline's top-1 (a fraction) per seed, from the store; seeds without a result are absent.</summary>
    public static IReadOnlyDictionary<ulong, double> BySeed(IReadOnlyList<ResultRow> rows, BaselineKind kind, InputStream stream, Benchmark column, Budget budget, bool useSynthetic, IEnumerable<ulong> seeds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(seeds);
        var values = new Dictionary<ulong, double>();
        foreach (var seed in seeds.Distinct())
        {
            if (ResultsStore.Latest(rows, Spec(kind, stream, column, budget, useSynthetic, seed).Id, ResultMetrics.Top1) is { } value)
            {
                values[seed] = value;
            }
        }

        return values;
    }

    /// <summary>Every baseline on every stream of <paramref name="table"/>'s single-stream rows, over <paramref name="seeds"/> (n = 0 where never run).</summary>
    public static IReadOnlyList<BaselineLine> Lines(PaperTable table, IReadOnlyList<ResultRow> rows, Benchmark column, Budget budget, bool useSynthetic, IReadOnlyList<ulong> seeds) => Streams(table, column)
        .SelectMany(stream => BaselineKinds.All.Select(kind =>
            new BaselineLine(kind, stream, SeedSummary.Of(BySeed(rows, kind, stream, column, budget, useSynthetic, seeds).Values.Select(v => 100 * v)))))
        .ToArray();

    /// <summary>
    /// Each self-supervised single-stream row of <paramref name="table"/> in <paramref name="column"/> against random
    /// init, the raw-coordinate statistics probe and supervised training on its stream: paired A − B over seeds, in points.
    /// Above random init and the raw probe is what pretraining must show; below supervised is expected.
    /// </summary>
    public static IReadOnlyList<ComparisonLine> Comparisons(PaperTable table, IReadOnlyList<ResultRow> rows, Benchmark column, Budget budget, bool useSynthetic, IReadOnlyList<ulong> seeds)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lines = new List<ComparisonLine>();
        var entries = table.Entries.Where(e => e.IsMeasured && e.Benchmark == column && !e.Measurement!.IsFusion).DistinctBy(e => e.Row);
        foreach (var entry in entries)
        {
            var stream = entry.Measurement!.Streams[0];
            var ours = Percent(EntryValues.BySeed(rows, entry, budget, useSynthetic, seeds));
            foreach (var kind in Compared)
            {
                var label = new BaselineLine(kind, stream, SeedSummary.Of([])).Label;
                var baseline = Percent(BySeed(rows, kind, stream, column, budget, useSynthetic, seeds));
                var comparison = new PaperComparison(table.Name, $"pretraining − {kind.ShortName()}", entry.Row, [label]);
                lines.Add(new ComparisonLine(comparison, label, PairedComparison.Of(ours, baseline)));
            }
        }

        return lines;
    }

    private static Dictionary<ulong, double> Percent(IReadOnlyDictionary<ulong, double> values) => values.ToDictionary(p => p.Key, p => 100 * p.Value);
}
