using System.Globalization;
using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>The reproduced rows of a paper table, read from the results store, as report sections and console tables.</summary>
internal static class ReproduceViews
{
    /// <summary>The rows of <paramref name="table"/> that <see cref="ReproducePlan"/> measures (its column, synthetic data, this budget and seed).</summary>
    public static DataFrame Measured(PaperTable table, ResultsStore store, Budget budget, ulong seed)
    {
        var view = PaperTableView.Build(table, store, budget, useSynthetic: true, seed);
        var planned = ReproducePlan.Entries.Where(e => e.Table == table.Name).Select(e => (e.Row, e.Column)).ToHashSet();
        var keep = new PrimitiveDataFrameColumn<bool>("keep", Enumerable.Range(0, (int)view.Rows.Count)
            .Select(i => planned.Contains(((string)view[PaperTableView.Columns[0]][i], (string)view[PaperTableView.Columns[1]][i]))));
        return view.Filter(keep);
    }

    /// <summary>A label per experiment id: the first paper row that uses it, e.g. <c>Table 1 · MS-AimCLR (m)</c>.</summary>
    public static Dictionary<string, string> Labels(Budget budget, ulong seed)
    {
        var labels = new Dictionary<string, string>();
        foreach (var entry in ReproducePlan.Entries)
        {
            foreach (var spec in entry.Specs(budget, useSynthetic: true, seed))
            {
                labels.TryAdd(spec.Id, $"{entry.Table} · {entry.Row} [{spec.Stream.ToString().ToLowerInvariant()}]");
            }
        }

        return labels;
    }

    /// <summary>A console table of a report section.</summary>
    public static Table Table(ReproduceReport.Section section)
    {
        var table = new Table().Title(Markup.Escape($"{section.Table.Name}: {section.Table.Title}"))
            .AddColumns("row", "paper column", "ours (%, synthetic)", "paper (%, NTU)");
        foreach (var line in PaperTableView.Lines(section.View))
        {
            table.AddRow(Markup.Escape(line.Row), Markup.Escape(line.Column), Format(line.Ours), Format(line.Paper));
        }

        return table;
    }

    private static string Format(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "—";
}
