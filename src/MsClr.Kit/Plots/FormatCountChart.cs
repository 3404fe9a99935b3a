using Plotly.NET;
using Plotly.NET.CSharp;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Plots;

/// <summary>
/// Figure 4 of the paper: top-1 accuracy against the set of skeleton formats used for pretraining, one line with markers
/// per series. The x axis lists the format sets by number of formats, then in order of first appearance; their tick
/// labels stay horizontal, broken into lines of at most <see cref="TickLabelLine"/> characters, so long sets never
/// overlap or run off the chart. The first series is drawn in <see cref="ChartStyle.Ours"/>.
/// </summary>
public static class FormatCountChart
{
    /// <summary>The y axis title.</summary>
    public const string YAxisTitle = "top-1 accuracy (%)";

    /// <summary>The x axis title.</summary>
    public const string XAxisTitle = "training formats";

    /// <summary>Format-set tick labels are broken at spaces into lines of at most this many characters.</summary>
    public const int TickLabelLine = 12;

    /// <summary>Builds a fresh chart, one scatter trace (lines and markers) per series in order of first appearance.</summary>
    /// <param name="points">The measurements; a missing value leaves a gap in its line.</param>
    /// <param name="title">Chart title.</param>
    /// <exception cref="ArgumentException">A (series, format set) pair repeats, or one format set is given two counts.</exception>
    public static GenericChart Build(IEnumerable<FormatCountPoint> points, string title = "Accuracy vs training formats")
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToArray();
        var sets = list
            .Select((p, i) => (p.FormatSet, p.FormatCount, Index: i))
            .GroupBy(p => p.FormatSet, StringComparer.Ordinal)
            .Select(g => g.Select(p => p.FormatCount).Distinct().Count() == 1
                ? g.First()
                : throw new ArgumentException($"format set '{g.Key}' is given different format counts: {string.Join(", ", g.Select(p => p.FormatCount).Distinct())}", nameof(points)))
            .OrderBy(s => s.FormatCount)
            .ThenBy(s => s.Index)
            .ToArray();
        var position = sets.Select((s, i) => (s.FormatSet, i)).ToDictionary(s => s.FormatSet, s => s.i, StringComparer.Ordinal);

        var colours = ChartStyle.Palette(Math.Max(1, list.Select(p => p.Series).Distinct(StringComparer.Ordinal).Count()));
        var lines = list
            .GroupBy(p => p.Series, StringComparer.Ordinal)
            .Select((series, i) =>
            {
                var ordered = series.OrderBy(p => position[p.FormatSet]).ToArray();
                ChartStyle.RequireDistinct(ordered.Select(p => p.FormatSet), nameof(points));
                return Line(series.Key, ordered, colours[i]);
            })
            .ToArray();
        var categories = sets.Select(s => s.FormatSet).ToArray();
        var chart = CChart.Combine(lines)
            .WithYAxisStyle<double, double, string>(TitleText: YAxisTitle);
        ChartStyle.WithLayoutProperty(chart, "xaxis", new Dictionary<string, object>
        {
            ["title"] = new Dictionary<string, object> { ["text"] = XAxisTitle },
            ["categoryorder"] = "array",
            ["categoryarray"] = categories,
            ["tickvals"] = categories,
            ["ticktext"] = categories.Select(c => ChartStyle.WrapLabel(c, TickLabelLine)).ToArray(),
            ["tickangle"] = 0,
            ["automargin"] = true,
        });
        ChartStyle.WithLayoutProperty(chart, "width", 960);
        ChartStyle.WithLayoutProperty(chart, "height", 560);
        // Room for a two-line title (ChartStyle.Wrapped) above the legend row.
        ChartStyle.WithLayoutProperty(chart, "margin", new Dictionary<string, object> { ["t"] = 130 });
        ChartStyle.WithLayoutProperty(chart, "legend", new Dictionary<string, object> { ["orientation"] = "h", ["y"] = 1.02, ["yanchor"] = "bottom", ["x"] = 0 });
        return ChartStyle.Titled(chart, title);
    }

    private static GenericChart Line(string series, FormatCountPoint[] points, string colour)
    {
        var line = CChart.Line<string, double, string>(
            x: points.Select(p => p.FormatSet),
            y: points.Select(_ => 0.0),
            Name: series,
            ShowMarkers: true,
            LineColor: Color.fromString(colour),
            MarkerColor: Color.fromString(colour));
        var hover = points
            .Select(p => $"{p.FormatSet} ({p.FormatCount} format{(p.FormatCount == 1 ? "" : "s")})<br>{series}: {ChartStyle.Number(p.Top1)} %")
            .ToArray();
        ChartStyle.WithTraceProperty(line, "y", ChartStyle.WithGaps(points.Select(p => p.Top1)));
        ChartStyle.WithTraceProperty(line, "hovertext", hover);
        return ChartStyle.WithTraceProperty(line, "hoverinfo", "text");
    }
}
