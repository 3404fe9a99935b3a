using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace MsClr.Kit.Data.Store;

/// <summary>
/// Plain text and HTML tables for a <see cref="DataFrame"/>: <c>DataFrame.ToString</c> pads to 10 characters and runs long
/// values together (ecosystem-notes §4). Numbers are right-aligned and formatted with the invariant culture; floating
/// values keep 6 significant digits; nulls are empty cells.
/// </summary>
public static class DataFrameFormatting
{
    /// <summary>Rows shown unless told otherwise; a note says how many were left out.</summary>
    public const int DefaultMaxRows = 100;

    /// <summary>A fixed-width text table: header, a rule of dashes, then one line per row; columns are two spaces apart.</summary>
    public static string ToText(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        var (headers, cells, numeric, hidden) = Cells(frame, maxRows);
        var widths = headers.Select((h, c) => cells.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        AppendLine(text, headers, widths, numeric);
        AppendLine(text, widths.Select(w => new string('-', w)).ToArray(), widths, numeric);
        foreach (var row in cells)
        {
            AppendLine(text, row, widths, numeric);
        }

        if (hidden > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"... {hidden} more rows\n");
        }

        return text.ToString();
    }

    /// <summary>An HTML <c>&lt;table class="msclr-table"&gt;</c> with a header row; numeric cells carry <c>style="text-align:right"</c>. Text is HTML-encoded.</summary>
    public static string ToHtml(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        var (headers, cells, numeric, hidden) = Cells(frame, maxRows);
        var html = new StringBuilder("<table class=\"msclr-table\">\n<thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in cells)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Length; c++)
            {
                html.Append(numeric[c] ? "<td style=\"text-align:right\">" : "<td>").Append(WebUtility.HtmlEncode(row[c])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (hidden > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>... {hidden} more rows</p>\n");
        }

        return html.ToString();
    }

    /// <summary>One cell's text: invariant culture, 6 significant digits for floating values, empty for null.</summary>
    public static string FormatCell(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => f.ToString("G6", CultureInfo.InvariantCulture),
        decimal m => m.ToString("G6", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static (string[] Headers, string[][] Cells, bool[] Numeric, long Hidden) Cells(DataFrame frame, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var columns = frame.Columns.ToArray();
        var rows = frame.Rows.Count;
        var shown = (int)Math.Min(rows, maxRows);
        var headers = columns.Select(c => c.Name).ToArray();
        var numeric = columns.Select(c => IsNumeric(c.DataType)).ToArray();
        var cells = Enumerable.Range(0, shown)
            .Select(r => columns.Select(c => FormatCell(c[r])).ToArray())
            .ToArray();
        return (headers, cells, numeric, rows - shown);
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint)
        || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte) || type == typeof(float)
        || type == typeof(double) || type == typeof(decimal);

    private static void AppendLine(StringBuilder text, string[] cells, int[] widths, bool[] numeric)
    {
        var line = string.Join("  ", cells.Select((cell, c) => numeric[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c])));
        text.Append(line.TrimEnd()).Append('\n');
    }
}
