using System.CommandLine;
using System.Diagnostics;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Runtime;

namespace MsClr.Cli.Commands;

/// <summary>
/// <c>msclr sweep run SWEEP --local [--parallel K]</c>: the same tasks as a Slurm submission, as child processes on this
/// machine (<c>msclr sweep task</c>, K at a time), writing the same run folders and result files, then the merge. A task
/// that exits with 75 (preempted) is started again, as Slurm would requeue it; SIGTERM/SIGHUP/Ctrl+C to this process are
/// passed on to the running tasks, which save their checkpoints, and no new task starts.
/// </summary>
internal static class SweepRunCommand
{
    private const int MaxRequeues = 3;

    public static Command Create()
    {
        var sweep = SweepCommand.SweepArgument();
        var local = new Option<bool>("--local") { Description = "Run on this machine (required: the Slurm path is `msclr sweep submit --slurm`)", Required = true };
        var parallel = new Option<int>("--parallel") { Description = "Tasks at once", DefaultValueFactory = _ => 1 };
        var device = new Option<string>("--device") { Description = "cuda, cpu or auto (each task checks it)", DefaultValueFactory = _ => "auto" };
        var onlyFailed = new Option<bool>("--only-failed") { Description = "Run only the specs `msclr sweep status` lists as failed" };
        var command = new Command("run", "Run a sweep's tasks as processes on this machine, then merge the results") { sweep, local, parallel, device, onlyFailed };
        command.SetAction(result => CliAction.Run(() =>
        {
            var path = Path.GetFullPath(result.GetValue(sweep)!);
            var plan = SweepFile.Read(path);
            var k = result.GetValue(parallel);
            if (k < 1)
            {
                throw new ArgumentException($"--parallel {k}: expected at least 1");
            }

            var indices = result.GetValue(onlyFailed)
                ? SweepStatus.ToResubmit(SweepStatus.Of(plan, KitEnvironment.RunsRoot))
                : Enumerable.Range(0, plan.Specs.Count).ToArray();
            var failed = Run(path, indices, k, result.GetValue(device)!, out var stoppedBy);
            var rows = new ResultsStore(KitEnvironment.RunsRoot).Merge();
            Console.Out.WriteLine($"{indices.Count - failed.Count} of {indices.Count} tasks done; the store holds {rows.Count} rows");
            if (stoppedBy is not null)
            {
                Console.Error.WriteLine($"msclr: stopped by {stoppedBy}; the running tasks saved their checkpoints; run the same command again to resume");
                return StopSignals.PreemptedExitCode;
            }

            foreach (var index in failed)
            {
                Console.Error.WriteLine($"msclr: task {index} ({plan.Specs[index].Id}) failed: {TaskLog.LastLine(Path.Combine(KitEnvironment.RunsRoot, plan.Specs[index].Id))}");
            }

            return failed.Count == 0 ? 0 : 1;
        }));
        return command;
    }

    private static IReadOnlyList<int> Run(string sweepPath, IReadOnlyList<int> indices, int parallel, string device, out string? stoppedBy)
    {
        using var signals = new StopSignals();
        var logs = Path.Combine(SweepFile.Folder(sweepPath), "local-logs");
        Directory.CreateDirectory(logs);
        var queue = new Queue<(int Index, int Attempt)>(indices.Select(i => (i, 0)));
        var running = new List<(int Index, int Attempt, Process Process, Task Drain)>();
        var failed = new List<int>();
        while (queue.Count > 0 || running.Count > 0)
        {
            while (running.Count < parallel && queue.Count > 0 && !signals.Token.IsCancellationRequested)
            {
                var (index, attempt) = queue.Dequeue();
                var process = Process.Start(SelfProcess.StartInfo(["sweep", "task", sweepPath, "--index", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "--device", device]))!;
                running.Add((index, attempt, process, Drain(process, Path.Combine(logs, $"{index}.out"))));
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
                var requeue = task.Process.ExitCode == StopSignals.PreemptedExitCode && !signals.Token.IsCancellationRequested && task.Attempt < MaxRequeues;
                if (requeue)
                {
                    queue.Enqueue((task.Index, task.Attempt + 1));
                }
                else if (task.Process.ExitCode != 0 && !signals.Token.IsCancellationRequested)
                {
                    failed.Add(task.Index);
                }

                task.Process.Dispose();
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
