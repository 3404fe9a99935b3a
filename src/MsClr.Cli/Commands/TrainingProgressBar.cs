using MsClr.Kit.Evaluation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Pretraining;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>Shows pretraining, or training on labels (the supervised baseline, fine-tuning), as a Spectre.Console
/// progress bar with the latest loss, rate and throughput.</summary>
internal static class TrainingProgressBar
{
    /// <summary>Runs <paramref name="work"/> with a progress bar fed by the <see cref="Reporter"/> it receives (pass it as
    /// the pretraining progress, the supervised progress, or both) and a token that Ctrl+C, SIGTERM and SIGHUP cancel
    /// (training then stops after the current step or epoch and saves its state).</summary>
    /// <exception cref="RunPreemptedException">Stopped by SIGTERM or SIGHUP.</exception>
    public static T Run<T>(string title, Func<Reporter, CancellationToken, T> work)
    {
        using var signals = new StopSignals();
        try
        {
            return Show(title, progress => work(progress, signals.Token));
        }
        catch (OperationCanceledException stopped) when (signals.Preempted)
        {
            throw new RunPreemptedException(signals.Signal!, stopped);
        }
    }

    private static T Show<T>(string title, Func<Reporter, T> work) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1.0);
                var result = work(new Reporter(task, title));
                task.Value = task.MaxValue;
                return result;
            });

    /// <summary>Moves the bar and its description for either kind of training.</summary>
    internal sealed class Reporter(ProgressTask task, string title) : IProgress<TrainingProgress>, IProgress<SupervisedProgress>
    {
        public void Report(TrainingProgress p)
        {
            task.Value = p.Fraction;
            task.Description = Markup.Escape(
                $"{title} epoch {p.Epoch}/{p.Epochs} loss {p.Loss:F3} (nce {p.Nce:F3}) key cos {p.KeyCosine:F3} lr {p.LearningRate:G3} {p.SamplesPerSecond:F1} clips/s [{p.QueryFormat}→{p.KeyFormat}]");
        }

        public void Report(SupervisedProgress p)
        {
            task.Value = p.Fraction;
            task.Description = Markup.Escape($"{title} epoch {p.Epoch}/{p.Epochs} cross-entropy {p.Loss:F3} lr {p.LearningRate:G3} {p.SamplesPerSecond:F1} clips/s");
        }
    }
}
