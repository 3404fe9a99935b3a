using System.Diagnostics;
using System.Globalization;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Runtime;

namespace MsClr.Cli.Commands;

/// <summary>
/// Runs tasks of a sweep file as child processes on this machine (<c>msclr sweep task SWEEP --index I</c>), K at a time,
/// each logging to <c>local-logs/I.out</c> in the sweep folder. A task that exits with 75 (preempted) is started again,
/// as Slurm would requeue it; SIGTERM/SIGHUP/Ctrl+C to this process are passed on to the running tasks, which save their
/// checkpoints, and no new task starts. Used by <c>sweep run --local</c> and by <c>reproduce</c> on a multi-core CPU.
/// </summary>
internal static class LocalTaskPool
{
    private const int MaxRequeues = 3;

    /// <summary>How one task ended.</summary>
    /// <param name="Index">The spec's index in the sweep.</param>
    /// <param name="ExitCode">The child's exit code (0 done, 75 preempted).</param>
    /// <param name="Elapsed">Wall time of this attempt.</param>
    public sealed record Outcome(int Index, int ExitCode, TimeSpan Elapsed);

    /// <summary>Runs <paramref name="indices"/> of the sweep at <paramref name="sweepPath"/>, <paramref name="parallel"/> at
    /// a time, and returns the indices that failed (in order).</summary>
    /// <param name="sweepPath">The sweep file.</param>
    /// <param name="indices">Spec indices, started in this order.</param>
    /// <param name="parallel">Tasks at once (at least 1).</param>
    /// <param name="device">cuda, cpu or auto: passed to each task, which checks it.</param>
    /// <param name="environment">Variables set in every child (e.g. <c>MSCLR_THREADS</c>); null for none.</param>
    /// <param name="started">Called with a spec index when its task starts.</param>
    /// <param name="finished">Called when a task exits (also for an attempt that is requeued).</param>
    /// <param name="stoppedBy">The signal that stopped the run, or null.</param>
    public static IReadOnlyList<int> Run(
        string sweepPath,
        IReadOnlyList<int> indices,
        int parallel,
        string device,
        IReadOnlyDictionary<string, string>? environment,
        Action<int>? started,
        Action<Outcome>? finished,
        out string? stoppedBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        using var signals = new StopSignals();
        var logs = Path.Combine(SweepFile.Folder(sweepPath), "local-logs");
        Directory.CreateDirectory(logs);
        var queue = new Queue<(int Index, int Attempt)>(indices.Select(i => (i, 0)));
        var running = new List<(int Index, int Attempt, Process Process, Task Drain, Stopwatch Clock)>();
        var failed = new List<int>();
        while (queue.Count > 0 || running.Count > 0)
        {
            while (running.Count < parallel && queue.Count > 0 && !signals.Token.IsCancellationRequested)
            {
                var (index, attempt) = queue.Dequeue();
                var start = SelfProcess.StartInfo(["sweep", "task", sweepPath, "--index", index.ToString(CultureInfo.InvariantCulture), "--device", device]);
                foreach (var (name, value) in environment ?? new Dictionary<string, string>())
                {
                    start.Environment[name] = value;
                }

                var process = Process.Start(start)!;
                running.Add((index, attempt, process, Drain(process, Path.Combine(logs, $"{index}.out")), Stopwatch.StartNew()));
                started?.Invoke(index);
            }

            if (signals.Token.IsCancellationRequested)
            {
                foreach (var task in running)
                {
                    SelfProcess.Signal(task.Process, "TERM");
                }
            }

            Thread.Sleep(100);
            foreach (var task in running.Where(t => t.Process.HasExited).ToArray())
            {
                task.Drain.GetAwaiter().GetResult();
                running.Remove(task);
                var exitCode = task.Process.ExitCode;
                task.Process.Dispose();
                finished?.Invoke(new Outcome(task.Index, exitCode, task.Clock.Elapsed));
                var requeue = exitCode == StopSignals.PreemptedExitCode && !signals.Token.IsCancellationRequested && task.Attempt < MaxRequeues;
                if (requeue)
                {
                    queue.Enqueue((task.Index, task.Attempt + 1));
                }
                else if (exitCode != 0 && !signals.Token.IsCancellationRequested)
                {
                    failed.Add(task.Index);
                }
            }
        }

        stoppedBy = signals.Signal;
        return failed.Order().ToArray();
    }

    /// <summary>Appends the child's output to <paramref name="log"/> until it exits.</summary>
    private static Task Drain(Process process, string log) => Task.Run(async () =>
    {
        await using var file = new StreamWriter(log, append: true);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await file.WriteAsync(await output);
        await file.WriteAsync(await errors);
    });
}
