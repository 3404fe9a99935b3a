using Plotly.NET;
using Plotly.NET.CSharp;
using MsClr.Kit.Training.Pretraining;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Plots;

/// <summary>Pretraining curves: the loss terms per epoch above, the learning rate below (two subplots sharing the epoch
/// axis), and from progress rows that record it a third, the keys' mean cosine (<see cref="KeySpread"/>: near 1, collapsed).</summary>
public static class TrainingCurveChart
{
    /// <summary>Epochs up to which the lines also get markers (so that a one-epoch run still shows its point).</summary>
    private const int MarkerLimit = 50;

    /// <summary>Runs spanning at most this many epochs get one epoch axis tick per epoch.</summary>
    public const int WholeEpochTicks = 12;

    /// <summary>
    /// Builds a fresh chart from per-step metrics. Each term is averaged over the steps of an epoch. The top subplot holds
    /// <c>loss</c>, <c>nce</c>, <c>d3m extreme</c> and <c>d3m extreme drop</c> (a term that is zero at every step, as the
    /// D³M terms are for MoCo, is left out); the bottom one the mean learning rate. Non-finite means are drawn as gaps.
    /// </summary>
    /// <param name="steps">Per-step rows in any order: 1-based epoch, step, the loss terms and the learning rate.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Build(
        IEnumerable<(int Epoch, int Step, double Loss, double Nce, double Extreme, double ExtremeDrop, double LearningRate)> steps,
        string title = "Pretraining") => Build(steps, keyCosines: [], title);

    /// <summary>Builds the chart from the pretrainer's progress rows (see the tuple overload); rows that record the keys'
    /// mean cosine add a third subplot with its mean per epoch, on a 0–1 axis (0: spread, 1: collapsed).</summary>
    /// <param name="progress">Rows as kept by <see cref="MetricsLog.Rows"/>.</param>
    /// <param name="title">Chart title.</param>
    public static GenericChart Build(IEnumerable<TrainingProgress> progress, string title = "Pretraining")
    {
        ArgumentNullException.ThrowIfNull(progress);
        var rows = progress.ToArray();
        return Build(
            rows.Select(p => (p.Epoch, p.Step, p.Loss, p.Nce, p.Extreme, p.ExtremeDrop, p.LearningRate)),
            rows.Where(p => double.IsFinite(p.KeyCosine)).Select(p => (p.Epoch, p.KeyCosine)).ToArray(),
            title);
    }

    private static GenericChart Build(
        IEnumerable<(int Epoch, int Step, double Loss, double Nce, double Extreme, double ExtremeDrop, double LearningRate)> steps,
        IReadOnlyList<(int Epoch, double KeyCosine)> keyCosines,
        string title)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var epochs = steps
            .GroupBy(s => s.Epoch)
            .OrderBy(g => g.Key)
            .Select(g => (
                Epoch: g.Key,
                Loss: g.Average(s => s.Loss),
                Nce: g.Average(s => s.Nce),
                Extreme: g.Average(s => s.Extreme),
                Drop: g.Average(s => s.ExtremeDrop),
                Rate: g.Average(s => s.LearningRate),
                AllZero: (Extreme: g.All(s => s.Extreme == 0), Drop: g.All(s => s.ExtremeDrop == 0))))
            .ToArray();
        var x = epochs.Select(e => e.Epoch).ToArray();
        var terms = new List<GenericChart>
        {
            Line(x, epochs.Select(e => e.Loss), "loss"),
            Line(x, epochs.Select(e => e.Nce), "nce"),
        };
        if (!epochs.All(e => e.AllZero.Extreme))
        {
            terms.Add(Line(x, epochs.Select(e => e.Extreme), "d3m extreme"));
        }

        if (!epochs.All(e => e.AllZero.Drop))
        {
            terms.Add(Line(x, epochs.Select(e => e.Drop), "d3m extreme drop"));
        }

        var losses = CChart.Combine(terms)
            .WithXAxisStyle<double, double, string>(TitleText: "epoch")
            .WithYAxisStyle<double, double, string>(TitleText: "loss (mean over steps)");
        var rate = Line(x, epochs.Select(e => e.Rate), "learning rate")
            .WithXAxisStyle<double, double, string>(TitleText: "epoch")
            .WithYAxisStyle<double, double, string>(TitleText: "learning rate");
        var panels = new List<GenericChart> { losses, rate };
        if (keyCosines.Count > 0)
        {
            var spread = keyCosines.GroupBy(k => k.Epoch).OrderBy(g => g.Key).Select(g => (Epoch: g.Key, Mean: g.Average(k => k.KeyCosine))).ToArray();
            panels.Add(Line(spread.Select(s => s.Epoch).ToArray(), spread.Select(s => s.Mean), "key cosine")
                .WithXAxisStyle<double, double, string>(TitleText: "epoch")
                .WithYAxisStyle<double, double, string>(TitleText: "key cosine (0 spread, 1 collapsed)"));
        }

        var chart = CChart.Grid(panels, panels.Count, 1).WithSize(800, 325 * panels.Count);
        if (keyCosines.Count > 0)
        {
            ChartStyle.WithAxisProperty(chart, "yaxis3", "range", new[] { 0.0, 1.0 });
        }

        if (x.Length > 0 && x.Max() - x.Min() <= WholeEpochTicks)
        {
            // Plotly's automatic ticks on a short range are 1, 1.5, 2, …: half epochs that do not exist.
            foreach (var axis in Enumerable.Range(1, panels.Count).Select(i => i == 1 ? "xaxis" : $"xaxis{i}"))
            {
                ChartStyle.WithAxisProperty(chart, axis, "dtick", 1);
            }
        }

        return ChartStyle.Titled(chart, title);
    }

    private static GenericChart Line(int[] x, IEnumerable<double> y, string name)
    {
        var line = CChart.Line<int, double, string>(x: x, y: x.Select(_ => 0.0), Name: name, ShowMarkers: x.Length <= MarkerLimit);
        return ChartStyle.WithTraceProperty(line, "y", ChartStyle.WithGaps(y));
    }
}
