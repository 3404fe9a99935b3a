using MsClr.Kit.Evaluation;
using Plotly.NET;
using Plotly.NET.CSharp;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Plots;

/// <summary>
/// A confusion matrix as a heatmap: true class down, predicted class across, each cell the share of the true class's
/// test clips (in %) predicted as that class, so a perfect classifier is a dark diagonal whatever the class sizes. Axis
/// ticks are class indices (35 names would overlap); hovering a cell names both classes and gives the count.
/// </summary>
public static class ConfusionMatrixChart
{
    /// <summary>Builds a fresh chart from <paramref name="metrics"/>' confusion counts.</summary>
    /// <param name="metrics">Metrics whose <see cref="ClassificationMetrics.Confusion"/> is [true, predicted].</param>
    /// <param name="classNames">Class names, index = class.</param>
    /// <param name="title">Chart title.</param>
    /// <exception cref="ArgumentException">The number of names is not the number of classes.</exception>
    public static GenericChart Build(ClassificationMetrics metrics, IReadOnlyList<string> classNames, string title = "Confusion matrix")
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(classNames);
        var counts = metrics.Confusion;
        var classes = counts.GetLength(0);
        if (classNames.Count != classes)
        {
            throw new ArgumentException($"expected {classes} class names (one per class of the confusion matrix), got {classNames.Count}", nameof(classNames));
        }

        var rows = Enumerable.Range(0, classes).ToArray();
        var totals = rows.Select(t => rows.Sum(p => counts[t, p])).ToArray();
        var shares = rows.Select(t => rows.Select(p => totals[t] == 0 ? 0.0 : Math.Round(100.0 * counts[t, p] / totals[t], 1)).ToArray()).ToArray();
        var hover = rows.Select(t => rows.Select(p =>
            $"true: {t} {classNames[t]}<br>predicted: {p} {classNames[p]}<br>{counts[t, p]} of {totals[t]} clips ({ChartStyle.Number(shares[t][p])} %)").ToArray()).ToArray();
        var ticks = rows.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var chart = CChart.Heatmap<double, string, string, string>(zData: shares, X: ticks, Y: ticks, Name: "share of true class (%)");
        // Plotly's "Blues" runs dark to light; reversed, the diagonal of a good classifier is the dark line.
        ChartStyle.WithTraceProperty(chart, "colorscale", "Blues");
        ChartStyle.WithTraceProperty(chart, "reversescale", true);
        ChartStyle.WithTraceProperty(chart, "hovertext", hover);
        ChartStyle.WithTraceProperty(chart, "hoverinfo", "text");
        chart = chart
            .WithXAxisStyle<double, double, string>(TitleText: "predicted class")
            .WithYAxisStyle<double, double, string>(TitleText: "true class")
            .WithSize(720, 680);
        ChartStyle.WithLayoutProperty(chart, "yaxis", new Dictionary<string, object> { ["autorange"] = "reversed", ["title"] = new Dictionary<string, object> { ["text"] = "true class" }, ["type"] = "category" });
        return ChartStyle.Titled(chart, title);
    }
}
