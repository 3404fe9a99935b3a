using System.Globalization;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Runtime;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>
/// Experiments as child processes, several at once (<see cref="ExperimentParallelism"/>), for <c>reproduce</c> and
/// <c>study run</c>: the plan is written as a sweep file (<c>experiments/sweep.json</c> in the given folder, each task's
/// output in <c>experiments/local-logs/I.out</c>) and run by <see cref="LocalTaskPool"/>, the machinery of
/// <c>sweep run --local</c>. Within a seed the most expensive experiments start first, so the last ones to finish are
/// short. Each run folder, checkpoint and result is the same as in a sequential run; only wall time changes.
/// </summary>
internal static class ExperimentsInParallel
{
    /// <summary>The parallelism for <paramref name="pending"/> experiments at <paramref name="budget"/> on this machine:
    /// the memory one experiment needs follows the budget, and a GPU runs one at a time unless <paramref name="requested"/>.</summary>
    public static ExperimentParallelism Choose(Budget budget, int pending, int? requested) => ExperimentParallelism.ForThisMachine(
        budget == Budget.Paper ? ExperimentParallelism.PaperBudgetBytesPerTask : ExperimentParallelism.CpuBudgetBytesPerTask,
        pending,
        onGpu: KitEnvironment.TorchBackend == "cuda",
        requested);

    /// <summary>Runs <paramref name="pending"/> with <paramref name="parallelism"/> and merges their results into the store.</summary>
    /// <param name="folder">The sweep file goes into its <c>experiments</c> folder.</param>
    /// <param name="plan">The plan's parameters (budget, tables, columns, seeds); its specs are replaced by <paramref name="pending"/>.</param>
    /// <param name="pending">The experiments not finished yet.</param>
    /// <param name="labels">A label per spec id, for the progress lines.</param>
    /// <param name="parallelism">Tasks at once and threads per task.</param>
    /// <exception cref="InvalidOperationException">A task failed; the message names its exit code, its log file and the log's last lines.</exception>
    public static void Run(
        string folder,
        SweepPlan plan,
        IReadOnlyList<ExperimentSpec> pending,
        IReadOnlyDictionary<string, string> labels,
        ExperimentParallelism parallelism)
    {
        // Seed by seed (an interrupted run still leaves complete seeds), the most expensive first within a seed.
        var ordered = pending.GroupBy(s => s.Seed).SelectMany(g => g.OrderByDescending(s => s.TrainingFormats.Count)).ToArray();
        var sweepPath = Path.Combine(folder, "experiments", "sweep.json");
        Directory.CreateDirectory(Path.GetDirectoryName(sweepPath)!);
        SweepFile.Write(sweepPath, plan with { Specs = ordered });
        AnsiConsole.MarkupLine(Markup.Escape(
            $"running {ordered.Length} experiments {parallelism.Tasks} at a time as child processes, {parallelism.ThreadsPerTask} LibTorch thread(s) each (--parallel 1 runs them in this process); logs in {Path.Combine(Path.GetDirectoryName(sweepPath)!, "local-logs")}"));

        var done = 0;
        var exitCodes = new Dictionary<int, int>();
        var environment = new Dictionary<string, string> { [KitEnvironment.ThreadsVariable] = parallelism.ThreadsPerTask.ToString(CultureInfo.InvariantCulture) };
        var failed = LocalTaskPool.Run(
            sweepPath,
            Enumerable.Range(0, ordered.Length).ToArray(),
            parallelism.Tasks,
            device: "auto",
            environment,
            started: i => AnsiConsole.MarkupLine(Markup.Escape($"started {Label(ordered[i])}")),
            finished: outcome =>
            {
                exitCodes[outcome.Index] = outcome.ExitCode;
                var state = outcome.ExitCode == 0 ? $"[{++done}/{ordered.Length}] done" : $"exit code {outcome.ExitCode}";
                AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{state}: {Label(ordered[outcome.Index])} in {outcome.Elapsed.TotalSeconds:F0} s")));
            },
            out var stoppedBy);
        new ResultsStore(KitEnvironment.RunsRoot).Merge();
        if (stoppedBy is not null)
        {
            throw new OperationCanceledException($"stopped by {stoppedBy}; the running experiments saved their checkpoints; run the same command again to resume");
        }

        if (failed.Count > 0)
        {
            var logs = failed.Select(i => (Label(ordered[i]), exitCodes.GetValueOrDefault(i), Path.Combine(Path.GetDirectoryName(sweepPath)!, "local-logs", $"{i}.out")));
            throw new InvalidOperationException(FailureMessage(logs.ToArray()));
        }

        string Label(ExperimentSpec spec) => labels.TryGetValue(spec.Id, out var label) ? label : spec.Id;
    }

    /// <summary>What the parent says when children failed: per child its label, exit code, log file and the log's last
    /// lines. The lines go into the message because where the parent's output is all a reader has (CI, a test run) the
    /// child's own error would otherwise be lost with its temporary folder.</summary>
    /// <param name="failed">Per failed child: its label, exit code and log file.</param>
    internal static string FailureMessage(IReadOnlyList<(string Label, int ExitCode, string Log)> failed)
    {
        var parts = failed.Select(f =>
        {
            var lines = File.Exists(f.Log) ? File.ReadLines(f.Log).Where(line => line.Trim().Length > 0).TakeLast(12) : ["(no log written)"];
            return $"{f.Label} (exit code {f.ExitCode.ToString(CultureInfo.InvariantCulture)}): {f.Log}{Environment.NewLine}{string.Join(Environment.NewLine, lines.Select(line => "  | " + line))}";
        });
        return $"{failed.Count} experiment(s) failed; their output:{Environment.NewLine}{string.Join(Environment.NewLine, parts)}";
    }
}
