using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Data;

namespace MsClr.Kit.Reporting;

/// <summary>
/// A paper table as DataFrames: as printed (one row per printed row, one column per printed column) and one of its
/// columns with ours next to the paper's number, read from the results store: what <c>msclr reproduce</c> reports and
/// the table notebooks show, so the two cannot disagree.
/// </summary>
public static class PaperTableFrames
{
    /// <summary>The table as printed: <c>row</c>, one <c>{column} (%)</c> per printed column (a column that names its unit in points keeps its name) (null for a dash or a figure
    /// without numbers), <c>measured by the kit</c> (yes/no) and <c>note</c>.</summary>
    public static DataFrame Printed(PaperTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Entries.GroupBy(e => e.Row).ToArray();
        var columns = table.Entries.Select(e => e.Column).Distinct().ToArray();
        var frame = new List<DataFrameColumn> { new StringDataFrameColumn("row", rows.Select(r => r.Key)) };
        // Figure 5's column is a gain in points and says so; every other printed column is a top-1 in per cent.
        frame.AddRange(columns.Select(c => new DoubleDataFrameColumn(c.Contains("(points)", StringComparison.Ordinal) ? c : $"{c} (%)", rows.Select(r => r.FirstOrDefault(e => e.Column == c)?.Paper))));
        frame.Add(new StringDataFrameColumn("measured by the kit", rows.Select(r => r.Any(e => e.IsMeasured) ? "yes" : "no")));
        frame.Add(new StringDataFrameColumn("note", rows.Select(r => r.First().Note ?? "")));
        return new DataFrame(frame);
    }

    /// <summary>
    /// The entries of <paramref name="table"/> in <paramref name="column"/>, ours (at <paramref name="budget"/>, on the
    /// synthetic stand-in, <paramref name="seed"/>) next to the paper's: <see cref="PaperTableView"/>'s columns, one line
    /// per entry in table order. Reference rows of other methods keep ours null; 3-stream rows read the fusions that
    /// <see cref="StreamFusionRecorder.Record"/> stored.
    /// </summary>
    public static DataFrame Column(PaperTable table, ResultsStore store, Budget budget, Benchmark column, ulong seed = 1) =>
        Column(table, store, budget, column, [seed]);

    /// <summary>As the single-seed overload, ours being the mean over <paramref name="seeds"/> with its 95 % interval.</summary>
    public static DataFrame Column(PaperTable table, ResultsStore store, Budget budget, Benchmark column, IReadOnlyList<ulong> seeds)
    {
        ArgumentNullException.ThrowIfNull(table);
        var view = PaperTableView.Build(table, store, budget, useSynthetic: true, seeds);
        // One setting, so the view has exactly one line per entry, in the table's order.
        var keep = new PrimitiveDataFrameColumn<bool>("keep", table.Entries.Select(e => e.Benchmark == column));
        return view.Filter(keep);
    }
}
