using Plotly.NET;
using Plotly.NET.CSharp;
using MsClr.Kit.Evaluation;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Plots;

/// <summary>
/// Figure 5 of the paper: the per-class top-1 gain of ours over a baseline in percentage points, one horizontal bar per
/// class, the largest gain on top and the largest drop at the bottom, green for a gain, red for a drop, grey for no
/// change. Class names sit on the vertical axis, one per line, so 35 or 60 classes stay legible at any width (the height
/// grows with the number of classes); a name longer than <see cref="MaxLabelLength"/> is shortened on the axis and
/// given in full in the hover text, with both accuracies and the gain.
/// </summary>
public static class PerClassDeltaChart
{
    /// <summary>The value axis title (horizontal).</summary>
    public const string ValueAxisTitle = "top-1 gain over baseline (percentage points)";

    /// <summary>The category axis title (vertical).</summary>
    public const string ClassAxisTitle = "action class";

    /// <summary>Class names longer than this many characters are shortened with an ellipsis on the axis.</summary>
    public const int MaxLabelLength = 24;

    /// <summary>Vertical space per class bar, in pixels.</summary>
    public const int PixelsPerClass = 22;

    /// <summary>Builds a fresh chart with one bar trace.</summary>
    /// <param name="classNames">Class names, index = class; names must be distinct.</param>
    /// <param name="baselineAccuracy">Per-class baseline accuracy as a fraction in [0, 1] (as in <see cref="ClassificationMetrics.PerClassAccuracy"/>).</param>
    /// <param name="oursAccuracy">Per-class accuracy of ours, same layout.</param>
    /// <param name="title">Chart title.</param>
    /// <remarks>A class whose accuracy is NaN on either side (no test sample) is left out. Equal gains keep class order.</remarks>
    /// <exception cref="ArgumentException">Lengths differ, names repeat, or an accuracy lies outside [0, 1].</exception>
    public static GenericChart Build(
        IReadOnlyList<string> classNames,
        IReadOnlyList<double> baselineAccuracy,
        IReadOnlyList<double> oursAccuracy,
        string title = "Per-class gain")
    {
        ArgumentNullException.ThrowIfNull(classNames);
        ArgumentNullException.ThrowIfNull(baselineAccuracy);
        ArgumentNullException.ThrowIfNull(oursAccuracy);
        if (baselineAccuracy.Count != classNames.Count || oursAccuracy.Count != classNames.Count)
        {
            throw new ArgumentException(
                $"expected {classNames.Count} accuracies per side (one per class name), got baseline {baselineAccuracy.Count} and ours {oursAccuracy.Count}",
                nameof(oursAccuracy));
        }

        ChartStyle.RequireDistinct(classNames, nameof(classNames));
        RequireFractions(baselineAccuracy, nameof(baselineAccuracy));
        RequireFractions(oursAccuracy, nameof(oursAccuracy));

        var bars = Enumerable.Range(0, classNames.Count)
            .Where(c => !double.IsNaN(baselineAccuracy[c]) && !double.IsNaN(oursAccuracy[c]))
            .Select(c => (Name: classNames[c], Baseline: 100 * baselineAccuracy[c], Ours: 100 * oursAccuracy[c]))
            .Select(b => (b.Name, b.Baseline, b.Ours, Gain: b.Ours - b.Baseline))
            .OrderByDescending(b => b.Gain)
            .ToArray();
        var colours = bars.Select(b => Color.fromString(b.Gain > 0 ? ChartStyle.Positive : b.Gain < 0 ? ChartStyle.Negative : ChartStyle.Neutral));
        var hover = bars
            .Select(b => $"{b.Name}<br>baseline: {ChartStyle.Number(b.Baseline)} %<br>ours: {ChartStyle.Number(b.Ours)} %<br>gain: {ChartStyle.Signed(b.Gain)} pp")
            .ToArray();

        var labels = AxisLabels(bars.Select(b => b.Name).ToArray());
        var chart = CChart.Column<double, string, string>(
                values: bars.Select(_ => 0.0),
                Keys: labels,
                Name: "ours − baseline",
                MarkerColor: Color.fromColors(colours));
        ChartStyle.WithTraceProperty(chart, "orientation", "h");
        ChartStyle.WithTraceProperty(chart, "x", bars.Select(b => b.Gain).ToArray());
        ChartStyle.WithTraceProperty(chart, "y", labels);
        ChartStyle.WithTraceProperty(chart, "text", bars.Select(b => ChartStyle.Signed(b.Gain)).ToArray());
        ChartStyle.WithTraceProperty(chart, "textposition", "outside");
        ChartStyle.WithTraceProperty(chart, "cliponaxis", false);
        ChartStyle.WithTraceProperty(chart, "hovertext", hover);
        ChartStyle.WithTraceProperty(chart, "hoverinfo", "text");
        ChartStyle.WithLayoutProperty(chart, "height", 200 + (PixelsPerClass * bars.Length));
        ChartStyle.WithLayoutProperty(chart, "width", 960);
        ChartStyle.WithLayoutProperty(chart, "showlegend", false);
        // Room for a two-line title (ChartStyle.Wrapped).
        ChartStyle.WithLayoutProperty(chart, "margin", new Dictionary<string, object> { ["t"] = 100 });
        ChartStyle.WithLayoutProperty(chart, "xaxis", new Dictionary<string, object>
        {
            ["title"] = new Dictionary<string, object> { ["text"] = ValueAxisTitle },
            ["range"] = ValueRange(bars.Select(b => b.Gain)),
            ["zeroline"] = true,
            ["zerolinecolor"] = ChartStyle.Neutral,
            ["automargin"] = true,
        });
        ChartStyle.WithLayoutProperty(chart, "yaxis", new Dictionary<string, object>
        {
            ["title"] = new Dictionary<string, object> { ["text"] = ClassAxisTitle },
            ["autorange"] = "reversed",
            ["automargin"] = true,
            ["dtick"] = 1,
        });
        return ChartStyle.Titled(chart, title);
    }

    /// <summary>Builds the chart from two evaluations over the same classes (see the array overload).</summary>
    /// <param name="classNames">Class names, index = class.</param>
    /// <param name="baseline">The baseline's metrics.</param>
    /// <param name="ours">Our metrics.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Build(IReadOnlyList<string> classNames, ClassificationMetrics baseline, ClassificationMetrics ours, string title = "Per-class gain")
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(ours);
        return Build(classNames, baseline.PerClassAccuracy, ours.PerClassAccuracy, title);
    }

    /// <summary>
    /// The value axis range: zero and every gain, widened by <see cref="LabelRoom"/> of the span on each side that has
    /// bars, so the signed gain printed beyond the longest bar stays inside the plot (on the left it would run into
    /// the class names).
    /// </summary>
    internal static double[] ValueRange(IEnumerable<double> gains)
    {
        var list = gains.Append(0.0).ToArray();
        var (low, high) = (list.Min(), list.Max());
        var pad = Math.Max(1.0, LabelRoom * (high - low));
        return [low < 0 ? low - pad : -pad / 4, high > 0 ? high + pad : pad / 4];
    }

    /// <summary>The share of the value span added beyond the longest bar for its printed gain.</summary>
    public const double LabelRoom = 0.18;

    /// <summary>The names as axis labels: long ones shortened with an ellipsis, unless that would make two equal.</summary>
    internal static string[] AxisLabels(IReadOnlyList<string> names)
    {
        var shortened = names.Select(n => n.Length <= MaxLabelLength ? n : n[..(MaxLabelLength - 1)].TrimEnd() + "…").ToArray();
        return shortened.Distinct(StringComparer.Ordinal).Count() == shortened.Length ? shortened : names.ToArray();
    }

    private static void RequireFractions(IReadOnlyList<double> accuracy, string parameter)
    {
        for (var c = 0; c < accuracy.Count; c++)
        {
            if (accuracy[c] is < 0 or > 1 || double.IsInfinity(accuracy[c]))
            {
                throw new ArgumentException($"{parameter}[{c}] = {accuracy[c]}: expected a fraction in [0, 1] (or NaN for a class without samples)", parameter);
            }
        }
    }
}
