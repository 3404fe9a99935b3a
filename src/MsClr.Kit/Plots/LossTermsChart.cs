using MsClr.Kit.Training.Pretraining;
using Plotly.NET;
using Plotly.NET.CSharp;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Plots;

/// <summary>
/// The loss terms of one pretraining step as bars: L_nce, L_e, L_ed and L (AimCLR paper §3), next to the chance level
/// ln(K + 1), the InfoNCE of a model that cannot tell the positive key from the K negatives of the queue.
/// </summary>
public static class LossTermsChart
{
    /// <summary>The bars' names in order.</summary>
    public static IReadOnlyList<string> Terms { get; } = ["InfoNCE L_nce", "D³M L_e", "D³M L_ed (energy drop)", "total L", "chance ln(K + 1)"];

    /// <summary>Builds a fresh chart; the chance bar is neutral grey, the terms in the colour of ours.</summary>
    /// <param name="losses">One step's loss values.</param>
    /// <param name="queueSize">K, the queue's number of negatives.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Build(StepLosses losses, int queueSize, string title = "Loss terms of one step")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(queueSize, 1);
        double[] values = [losses.Nce, losses.Extreme, losses.ExtremeDrop, losses.Total, Math.Log(queueSize + 1.0)];
        var colours = Terms.Select((_, i) => i == Terms.Count - 1 ? ChartStyle.Neutral : ChartStyle.Ours).ToArray();
        var bars = CChart.Column<double, string, string>(values: values, Keys: Terms.ToArray(), Name: "loss", MarkerColor: Color.fromString(ChartStyle.Ours));
        ChartStyle.WithTraceProperty(bars, "marker", new Dictionary<string, object> { ["color"] = colours });
        ChartStyle.WithTraceProperty(bars, "text", values.Select(v => v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        ChartStyle.WithTraceProperty(bars, "textposition", "outside");
        var chart = bars.WithYAxisStyle<double, double, string>(TitleText: "loss (nats)").WithSize(760, 440);
        return ChartStyle.Titled(chart, title);
    }
}
