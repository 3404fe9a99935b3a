using System.CommandLine;
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
            // K tasks of LibTorch's default thread count each would oversubscribe the cores, and OpenMP threads that wait
            // on a descheduled sibling spin: give each task cores ÷ K threads unless MSCLR_THREADS says otherwise.
            var threads = ExperimentParallelism.ForThisMachine(ExperimentParallelism.CpuBudgetBytesPerTask, indices.Count, onGpu: false, requestedTasks: k).ThreadsPerTask;
            var environment = new Dictionary<string, string> { [KitEnvironment.ThreadsVariable] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            var failed = LocalTaskPool.Run(path, indices, k, result.GetValue(device)!, environment, started: null, finished: null, out var stoppedBy);
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
}
