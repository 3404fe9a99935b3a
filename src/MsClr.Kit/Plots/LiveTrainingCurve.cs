using System.Diagnostics;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Plots;

/// <summary>
/// Pretraining progress as a growing <see cref="TrainingCurveChart"/>: it keeps every step and hands a fresh chart to
/// <c>show</c> at the end of each epoch and at most once per interval in between, e.g. in a notebook
/// <c>Pretrainer.Run(clips, options with { Progress = LiveTrainingCurve.Showing(LiveDisplay.Show("starting").Update) })</c>.
/// </summary>
public sealed class LiveTrainingCurve : IProgress<TrainingProgress>
{
    private readonly Action<object?> show;
    private readonly string title;
    private readonly TimeSpan interval;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<TrainingProgress> steps = [];
    private TimeSpan? last;

    private LiveTrainingCurve(Action<object?> show, string title, TimeSpan interval) => (this.show, this.title, this.interval) = (show, title, interval);

    /// <summary>The steps reported so far.</summary>
    public IReadOnlyList<TrainingProgress> Steps => steps;

    /// <summary>A curve that passes each new chart to <paramref name="show"/>, at most once per <paramref name="intervalSeconds"/> within an epoch.</summary>
    public static LiveTrainingCurve Showing(Action<object?> show, string title = "Pretraining", double intervalSeconds = 2)
    {
        ArgumentNullException.ThrowIfNull(show);
        return new LiveTrainingCurve(show, title, TimeSpan.FromSeconds(intervalSeconds));
    }

    /// <inheritdoc />
    public void Report(TrainingProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        steps.Add(value);
        var now = clock.Elapsed;
        if (last is null || now - last >= interval || value.Step + 1 == value.StepsPerEpoch)
        {
            last = now;
            show(TrainingCurveChart.Build(steps, title));
        }
    }
}
