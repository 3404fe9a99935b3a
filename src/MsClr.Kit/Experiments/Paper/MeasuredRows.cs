using Microsoft.Data.Analysis;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// The rows of a <see cref="PaperTableView"/> worth printing in a short page such as the README: those with a measured
/// value, less the synthetic rows that repeat an earlier column of the same row (the synthetic stand-in maps NTU-60 xsub
/// and NTU-120 xsub to one split, so both cells read the same experiments).
/// </summary>
public static class MeasuredRows
{
    /// <summary>The rows of <paramref name="view"/> to keep, in order: measured, and not a synthetic repeat.</summary>
    /// <param name="table">The paper table <paramref name="view"/> was built from (its entries say which experiments measure each cell).</param>
    /// <param name="view">A <see cref="PaperTableView"/> frame.</param>
    public static DataFrame Keep(PaperTable table, DataFrame view)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(view);
        var keep = new BooleanDataFrameColumn("keep", view.Rows.Count);
        for (long i = 0; i < view.Rows.Count; i++)
        {
            var (row, column, ours, data) = ((string)view["row"][i], (string)view["column"][i], (double?)view[PaperTableView.OursColumn][i], view["data"][i] as string);
            keep[i] = ours is not null && !(data == "synthetic" && RepeatsEarlierColumn(table, row, column));
        }

        return view.Filter(keep);
    }

    /// <summary>The line under a shortened table: how many rows were left out, why, and where every row is.</summary>
    public static string LeftOutNote(long leftOut) =>
        $"{leftOut} rows are left out: those with nothing measured, and synthetic cells that repeat an earlier column's experiments. "
        + "`./msclr results` prints every row; `runs/reproduce/report.html` holds them too.";

    /// <summary>
    /// Whether the cell (<paramref name="row"/>, <paramref name="column"/>) of <paramref name="table"/> is measured on
    /// synthetic data by the same experiments as an earlier column of the same row.
    /// </summary>
    public static bool RepeatsEarlierColumn(PaperTable table, string row, string column)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sameRow = table.Entries.Where(e => e.Row == row).ToArray();
        var index = Array.FindIndex(sameRow, e => e.Column == column);
        if (index <= 0)
        {
            return false;
        }

        // Any one budget and seed will do: two cells repeat when their specs are the same at every budget.
        static string Ids(PaperEntry entry) => string.Join(",", entry.Specs(Budget.Smoke, useSynthetic: true).Select(s => s.Id));
        var ids = Ids(sameRow[index]);
        return ids.Length > 0 && sameRow.Take(index).Any(e => Ids(e) == ids);
    }
}
