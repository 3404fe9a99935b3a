using Plotly.NET;
using Plotly.NET.CSharp;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Plots;

/// <summary>
/// Grouped horizontal bars "ours vs paper" for the rows of a paper table (top-1 accuracy in percent). Row names sit on
/// the vertical axis, one per line in the table's order, so long names (Table 4's components) never overlap at any
/// width; the height grows with the number of rows and with the lines of the longest label (a label may hold
/// <c>&lt;br&gt;</c> breaks), so multi-line labels never run into each other. Ours is always
/// <see cref="ChartStyle.Ours"/>, the paper <see cref="ChartStyle.Paper"/>; when no row has a paper value the paper trace
/// is left out rather than shown as an empty legend entry.
/// </summary>
public static class PaperComparisonChart
{
    /// <summary>The title of the value axis (horizontal).</summary>
    public const string ValueAxisTitle = "top-1 accuracy (%)";

    /// <summary>Vertical space of a row whose label is one line, in pixels.</summary>
    public const int RowHeight = 44;

    /// <summary>Vertical space per label line, in pixels (the tick font is 12 px).</summary>
    public const int PixelsPerLabelLine = 18;

    /// <summary>
    /// Builds a fresh chart with two bar traces, <c>ours</c> then <c>paper</c>, one bar pair per row in the order given.
    /// A missing value leaves a gap; the hover text of both bars names both values and their difference.
    /// </summary>
    /// <param name="title">Chart title, e.g. <c>Table 1 — NTU 60 xsub</c>.</param>
    /// <param name="rows">The rows; labels must be distinct.</param>
    /// <exception cref="ArgumentException">Two rows share a label.</exception>
    public static GenericChart Build(string title, IEnumerable<PaperComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToArray();
        ChartStyle.RequireDistinct(list.Select(r => r.Label), nameof(rows));
        var labels = list.Select(r => r.Label).ToArray();
        var hover = list.Select(Hover).ToArray();

        var traces = new List<GenericChart> { Bars("ours", labels, list.Select(r => r.Ours), ChartStyle.Ours, hover) };
        if (list.Any(r => r.Paper is not null))
        {
            traces.Add(Bars("paper", labels, list.Select(r => r.Paper), ChartStyle.Paper, hover));
        }

        var chart = CChart.Combine(traces)
            .WithXAxisStyle<double, double, string>(TitleText: ValueAxisTitle);
        chart = ChartStyle.WithLayoutProperty(chart, "barmode", "group");
        ChartStyle.WithLayoutProperty(chart, "height", 160 + (RowPixels(labels) * list.Length));
        ChartStyle.WithLayoutProperty(chart, "width", 960);
        // Room for a two-line title (ChartStyle.Wrapped) above the legend row.
        ChartStyle.WithLayoutProperty(chart, "margin", new Dictionary<string, object> { ["t"] = 120 });
        ChartStyle.WithLayoutProperty(chart, "yaxis", new Dictionary<string, object> { ["autorange"] = "reversed", ["automargin"] = true });
        ChartStyle.WithLayoutProperty(chart, "legend", new Dictionary<string, object> { ["orientation"] = "h", ["y"] = 1.02, ["yanchor"] = "bottom", ["x"] = 0 });
        return ChartStyle.Titled(chart, title);
    }

    /// <summary>The height of one row: <see cref="RowHeight"/>, or more when the longest label has several lines.</summary>
    internal static int RowPixels(IEnumerable<string> labels)
    {
        var lines = labels.Select(l => l.Split("<br>", StringSplitOptions.None).Length).DefaultIfEmpty(1).Max();
        return Math.Max(RowHeight, (PixelsPerLabelLine * lines) + 14);
    }

    private static GenericChart Bars(string name, string[] labels, IEnumerable<double?> values, string colour, string[] hover)
    {
        var bars = CChart.Column<double, string, string>(
            values: labels.Select(_ => 0.0),
            Keys: labels,
            Name: name,
            MarkerColor: Color.fromString(colour));
        ChartStyle.WithTraceProperty(bars, "orientation", "h");
        ChartStyle.WithTraceProperty(bars, "x", ChartStyle.WithGaps(values));
        ChartStyle.WithTraceProperty(bars, "y", labels);
        ChartStyle.WithTraceProperty(bars, "hovertext", hover);
        return ChartStyle.WithTraceProperty(bars, "hoverinfo", "text+name");
    }

    private static string Hover(PaperComparisonRow row)
    {
        var difference = row.Difference is { } d ? $"{ChartStyle.Signed(d)} pp" : "—";
        var ours = row.Ours is null ? "not measured" : $"{ChartStyle.Number(row.Ours)} %";
        var paper = row.Paper is null ? "not reported" : $"{ChartStyle.Number(row.Paper)} %";
        return $"{row.Detail ?? row.Label}<br>ours: {ours}<br>paper: {paper}<br>ours − paper: {difference}";
    }
}
