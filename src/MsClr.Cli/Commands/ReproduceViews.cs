using System.Globalization;
using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Statistics;
using MsClr.Kit.Experiments.Results;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>The reproduced rows of a paper table, read from the results store, as report sections and console tables.</summary>
internal static class ReproduceViews
{
    /// <summary>The rows of <paramref name="table"/> that <see cref="ReproducePlan"/> measures (its column, synthetic data,
    /// this budget), summarised over <paramref name="seeds"/>: the frame the table notebooks show.</summary>
    public static DataFrame Measured(PaperTable table, ResultsStore store, Budget budget, IReadOnlyList<ulong> seeds) =>
        MsClr.Kit.Reporting.PaperTableFrames.Column(table, store, budget, ReproducePlan.Column, seeds);

    /// <summary>A label per experiment id: the first paper row that uses it, e.g. <c>Table 1 · MS-AimCLR (m) [motion] seed 2</c>,
    /// or the baseline's row label.</summary>
    public static Dictionary<string, string> Labels(Budget budget, IReadOnlyList<ulong> seeds)
    {
        var labels = new Dictionary<string, string>();
        foreach (var seed in seeds)
        {
            foreach (var spec in BaselineTable.Specs(ReproducePlan.Tables, ReproducePlan.Column, budget, useSynthetic: true, seed))
            {
                labels.TryAdd(spec.Id, $"{new BaselineLine(spec.Baseline!.Value, spec.Stream, SeedSummary.Of([])).Label} seed {seed}");
            }

            foreach (var entry in ReproducePlan.Entries)
            {
                foreach (var spec in entry.Specs(budget, useSynthetic: true, seed))
                {
                    labels.TryAdd(spec.Id, $"{entry.Table} · {entry.Row} [{spec.Stream.ToString().ToLowerInvariant()}] seed {seed}");
                }
            }
        }

        return labels;
    }

    /// <summary>A console table of a report section.</summary>
    public static Table Table(ReproduceReport.Section section)
    {
        var table = new Table().Title(Markup.Escape($"{section.Table.Name}: {section.Table.Title}"))
            .AddColumns("row", "paper column", "ours (%, synthetic, mean ± 95 %)", "n", "paper (%, NTU)");
        foreach (var line in PaperTableView.Lines(section.View))
        {
            var ours = line.HalfWidth is { } h ? $"{Format(line.Ours)} ± {Format(h)}" : Format(line.Ours);
            table.AddRow(Markup.Escape(line.Row), Markup.Escape(line.Column), Markup.Escape(ours), line.Seeds.ToString(CultureInfo.InvariantCulture), Format(line.Paper));
        }

        foreach (var baseline in section.Baselines ?? [])
        {
            var top1 = baseline.Top1;
            var ours = top1.N == 0 ? "—" : top1.HasInterval ? $"{Format(top1.Mean)} ± {Format(top1.HalfWidth)}" : Format(top1.Mean);
            table.AddRow(Markup.Escape(baseline.Label), "", Markup.Escape(ours), top1.N.ToString(CultureInfo.InvariantCulture), "—");
        }

        return table;
    }

    /// <summary>A console table of a section's paired comparisons (null when it has none).</summary>
    public static Table? Comparisons(ReproduceReport.Section section) =>
        Comparisons(section.Comparisons, $"{section.Table.Name}: the paper's comparisons, paired over seeds");

    /// <summary>A console table of a section's comparisons against the baselines (null when it has none).</summary>
    public static Table? BaselineComparisons(ReproduceReport.Section section) =>
        Comparisons(section.BaselineComparisons, $"{section.Table.Name}: self-supervised rows against the baselines, paired over seeds");

    private static Table? Comparisons(IReadOnlyList<ComparisonLine>? comparisons, string title)
    {
        if (comparisons is not { Count: > 0 } lines)
        {
            return null;
        }

        var table = new Table().Title(Markup.Escape(title))
            .AddColumns("A − B", "A − B (points)", "95 % interval", "n", "verdict");
        foreach (var line in lines)
        {
            var d = line.Result.Difference;
            var interval = d.HasInterval ? $"{Format(d.Low)} … {Format(d.High)}" : "—";
            table.AddRow(Markup.Escape(line.Label), d.N == 0 ? "—" : Format(d.Mean), Markup.Escape(interval), d.N.ToString(CultureInfo.InvariantCulture), Markup.Escape(line.Result.VerdictText));
        }

        return table;
    }

    private static string Format(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "—";
}
