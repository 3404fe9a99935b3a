using System.Globalization;
using MsClr.Kit.Runtime;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Training on labels (the supervised baseline, fine-tuning) as an updating display for notebooks, as
/// <c>TrainingProgressView</c> shows pretraining: <c>fineTuning.Run(spec, protocol, progress: SupervisedProgressView.Showing(live.Update))</c>.
/// </summary>
public static class SupervisedProgressView
{
    /// <summary>A view that passes each line to <paramref name="show"/>, at most once per <paramref name="intervalSeconds"/>
    /// and at every epoch's last step.</summary>
    public static ProgressLines<SupervisedProgress> Showing(Action<object?> show, double intervalSeconds = 0.5) =>
        new(Format, p => p.Step + 1 == p.StepsPerEpoch, show, TimeSpan.FromSeconds(intervalSeconds));

    /// <summary>One line for <paramref name="p"/>: epoch, step, percentage, cross-entropy, rate, throughput.</summary>
    public static string Format(SupervisedProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"training on labels: epoch {p.Epoch}/{p.Epochs} step {p.Step + 1}/{p.StepsPerEpoch} ({p.Fraction:P0}) cross-entropy {p.Loss:F3} lr {p.LearningRate:G3} {p.SamplesPerSecond:F1} clips/s");
}
