using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// Renders a table view (<see cref="PaperTableView"/>) as GitHub Markdown, so the README's results tables are generated
/// from the results store and never typed by hand.
/// </summary>
public static class ResultsMarkdown
{
    /// <summary>
    /// A pipe table of every column of <paramref name="frame"/>: numbers with <paramref name="decimals"/> decimals
    /// (invariant culture; columns named <c>delta…</c> signed), right-aligned; nulls as an em dash; '|' escaped.
    /// </summary>
    /// <param name="frame">The table, e.g. from <see cref="PaperTableView.Build(PaperTable, Results.ResultsStore, Budget, bool, ulong)"/>.</param>
    /// <param name="decimals">Decimals of numeric cells (the paper prints one).</param>
    public static string Render(DataFrame frame, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var columns = frame.Columns.ToArray();
        var numeric = columns.Select(c => c.DataType == typeof(double) || c.DataType == typeof(float) || c.DataType == typeof(int) || c.DataType == typeof(long)).ToArray();
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", columns.Select(c => Escape(c.Name))).Append(" |\n");
        text.Append('|').AppendJoin("|", numeric.Select(n => n ? "---:" : "---")).Append("|\n");
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            var cells = columns.Select((c, i) => Cell(c[r], numeric[i], c.Name.StartsWith("delta", StringComparison.Ordinal), decimals));
            text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>A section for a README: a heading with the table's name and title, the table, then its note.</summary>
    public static string Render(PaperTable table, DataFrame view, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder($"### {table.Name}: {Escape(table.Title)}\n\n").Append(Render(view, decimals));
        if (table.Note.Length > 0)
        {
            text.Append('\n').Append(table.Note).Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(object? value, bool numeric, bool signed, int decimals)
    {
        if (value is null)
        {
            return "—";
        }

        if (numeric)
        {
            var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            var formatted = number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return signed && number > 0 ? "+" + formatted : formatted;
        }

        var textValue = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return textValue.Length == 0 ? "—" : Escape(textValue);
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
