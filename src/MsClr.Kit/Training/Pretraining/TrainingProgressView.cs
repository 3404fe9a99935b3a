using System.Diagnostics;
using System.Globalization;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// Pretraining progress as an updating display for notebooks: every report (at most a few per second, and always the
/// last step of an epoch) is turned into one line and handed to <c>show</c>, e.g. a notebook output that updates in
/// place: <c>var live = LiveDisplay.Show("starting"); runner.Pretrain(spec, TrainingProgressView.Showing(live.Update));</c>
/// (<c>MsClr.Kit.Interactive.LiveDisplay</c>; the handle of the kernel's <c>display(x)</c> loses its updates upstream).
/// </summary>
public sealed class TrainingProgressView : IProgress<TrainingProgress>
{
    private readonly Action<object?> _show;
    private readonly TimeSpan _interval;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;

    private TrainingProgressView(Action<object?> show, TimeSpan interval) => (_show, _interval) = (show, interval);

    /// <summary>The latest line shown, or null before the first report.</summary>
    public string? Line { get; private set; }

    /// <summary>A view that passes each line to <paramref name="show"/>, at most once per <paramref name="intervalSeconds"/>.</summary>
    public static TrainingProgressView Showing(Action<object?> show, double intervalSeconds = 0.5) => new(show, TimeSpan.FromSeconds(intervalSeconds));

    /// <summary>One line for <paramref name="p"/>: epoch, step, percentage, loss terms, rate, the keys' mean cosine, throughput, format pair.</summary>
    public static string Format(TrainingProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"epoch {p.Epoch}/{p.Epochs} step {p.Step + 1}/{p.StepsPerEpoch} ({p.Fraction:P0}) loss {p.Loss:F3} nce {p.Nce:F3} d3m {p.Extreme:F3}/{p.ExtremeDrop:F3} lr {p.LearningRate:G3} key cos {p.KeyCosine:F3} {p.SamplesPerSecond:F1} clips/s [{p.QueryFormat} → {p.KeyFormat}]");

    /// <inheritdoc />
    public void Report(TrainingProgress value)
    {
        Line = Format(value);
        var now = _clock.Elapsed;
        if (_last is null || now - _last >= _interval || value.Step + 1 == value.StepsPerEpoch)
        {
            _last = now;
            _show(Line);
        }
    }
}
