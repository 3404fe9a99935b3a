using System.Globalization;
using MsClr.Kit.Runtime;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// Pretraining progress as an updating display for notebooks (<see cref="ProgressLines{T}"/>): a few lines per second and
/// every epoch's last step, e.g. a notebook output that updates in place:
/// <c>var live = LiveDisplay.Show("starting"); runner.Pretrain(spec, TrainingProgressView.Showing(live.Update));</c>
/// (<c>MsClr.Kit.Interactive.LiveDisplay</c>; the handle of the kernel's <c>display(x)</c> loses its updates upstream).
/// </summary>
public static class TrainingProgressView
{
    /// <summary>A view that passes each line to <paramref name="show"/>, at most once per <paramref name="intervalSeconds"/>.</summary>
    public static ProgressLines<TrainingProgress> Showing(Action<object?> show, double intervalSeconds = 0.5) =>
        new(Format, p => p.Step + 1 == p.StepsPerEpoch, show, TimeSpan.FromSeconds(intervalSeconds));

    /// <summary>One line for <paramref name="p"/>: epoch, step, percentage, loss terms, rate, the keys' mean cosine, throughput, format pair.</summary>
    public static string Format(TrainingProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"epoch {p.Epoch}/{p.Epochs} step {p.Step + 1}/{p.StepsPerEpoch} ({p.Fraction:P0}) loss {p.Loss:F3} nce {p.Nce:F3} d3m {p.Extreme:F3}/{p.ExtremeDrop:F3} lr {p.LearningRate:G3} key cos {p.KeyCosine:F3} {p.SamplesPerSecond:F1} clips/s [{p.QueryFormat} → {p.KeyFormat}]");
}
