using MsClr.Kit.Evaluation;
using System.CommandLine;
using System.Globalization;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Cli.Commands;

/// <summary>
/// <c>msclr sweep task SWEEP --index I</c>: runs spec I of a sweep (the array task's body, also used by
/// <c>sweep run --local</c>). Checks that the requested device is really there, logs to the run folder's
/// <c>task.log</c>, saves a checkpoint and exits with 75 on SIGTERM/SIGHUP, and records the result in the store.
/// </summary>
internal static class SweepTaskCommand
{
    public static Command Create()
    {
        var sweep = SweepCommand.SweepArgument();
        var index = new Option<int?>("--index") { Description = "The spec's index in the sweep (default: $SLURM_ARRAY_TASK_ID)" };
        var device = new Option<string>("--device") { Description = "cuda (fail unless CUDA is really available), cpu, or auto", DefaultValueFactory = _ => "auto" };
        var command = new Command("task", "Run one spec of a sweep (an array task's body): device check, task.log, preemption-safe, result recorded")
        {
            sweep, index, device,
        };
        command.SetAction(result => CliAction.Run(() =>
        {
            var plan = SweepFile.Read(result.GetValue(sweep)!);
            var i = result.GetValue(index) ?? ArrayTaskId();
            if (i < 0 || i >= plan.Specs.Count)
            {
                throw new ArgumentException($"--index {i}: expected 0..{plan.Specs.Count - 1} (the sweep has {plan.Specs.Count} specs)");
            }

            return Run(plan.Specs[i], i, result.GetValue(device)!);
        }));
        return command;
    }

    private static int ArrayTaskId()
    {
        var text = Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"no --index and SLURM_ARRAY_TASK_ID is '{text}': expected the spec's index");
    }

    private static int Run(ExperimentSpec spec, int index, string requested)
    {
        var runner = new ExperimentRunner(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, Device(requested));
        var folder = runner.RunDirectory(spec);
        var job = Environment.GetEnvironmentVariable("SLURM_JOB_ID") is { } id ? $" job {Environment.GetEnvironmentVariable("SLURM_ARRAY_JOB_ID")}_{Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID")} ({id}) restart {Environment.GetEnvironmentVariable("SLURM_RESTART_COUNT") ?? "0"}" : "";
        TaskLog.Write(folder, TaskLog.Start, $"task {index} {spec.Id} on {Environment.MachineName}{job} device {requested} → {KitEnvironment.TorchBackend}");
        using var signals = new StopSignals();
        try
        {
            var log = new EpochLog(folder);
            var experiment = runner.Run(spec, log, cancellation: signals.Token, supervisedProgress: log);
            TaskLog.Write(folder, TaskLog.Done, string.Create(CultureInfo.InvariantCulture, $"top1 {experiment.Top1:F4}"));
            Console.Out.WriteLine($"{spec.Id}: done (top-1 {experiment.Top1:P1})");
            return 0;
        }
        catch (OperationCanceledException stopped) when (signals.Preempted)
        {
            TaskLog.Write(folder, TaskLog.Preempted, $"{signals.Signal}: {stopped.Message}");
            throw new RunPreemptedException(signals.Signal!, stopped);
        }
        catch (Exception error)
        {
            TaskLog.Write(folder, TaskLog.Failed, $"{error.GetType().Name}: {error.Message}");
            throw;
        }
    }

    /// <summary>The device the task was asked for, checked: TorchSharp falls back to the CPU build silently when CUDA
    /// fails to load, so a task that asked for CUDA and did not get it fails here, before any work.</summary>
    private static Device Device(string requested)
    {
        switch (requested.ToLowerInvariant())
        {
            case "cuda":
                if (!cuda.is_available())
                {
                    throw new InvalidOperationException(
                        "the task asked for CUDA but LibTorch sees no CUDA device (the CPU backend was loaded: is the CUDA build of TorchSharp installed and the GPU allocated, e.g. --gres gpu:1?); failing instead of training on the CPU");
                }

                return CUDA;
            case "cpu":
                return CPU;
            case "auto":
                return KitEnvironment.ComputeDevice;
            default:
                throw new ArgumentException($"--device {requested}: expected cuda, cpu or auto");
        }
    }

    /// <summary>One task.log line per finished epoch: of pretraining, with the epoch's mean key cosine (<see cref="KeySpread"/>),
    /// or of the supervised baseline's training, with its mean cross-entropy.</summary>
    private sealed class EpochLog(string folder) : IProgress<TrainingProgress>, IProgress<SupervisedProgress>
    {
        private readonly List<double> _losses = [];

        private readonly List<double> _keyCosines = [];

        public void Report(TrainingProgress p)
        {
            _keyCosines.Add(p.KeyCosine);
            if (p.Step == p.StepsPerEpoch - 1)
            {
                TaskLog.Write(folder, TaskLog.Epoch, string.Create(CultureInfo.InvariantCulture, $"{p.Epoch}/{p.Epochs} loss {p.Loss:F4} key cos {_keyCosines.Average():F3} {p.SamplesPerSecond:F1} clips/s"));
                _keyCosines.Clear();
            }
        }

        public void Report(SupervisedProgress p)
        {
            _losses.Add(p.Loss);
            if (p.Step == p.StepsPerEpoch - 1)
            {
                TaskLog.Write(folder, TaskLog.Epoch, string.Create(CultureInfo.InvariantCulture, $"{p.Epoch}/{p.Epochs} cross-entropy {_losses.Average():F4} {p.SamplesPerSecond:F1} clips/s"));
                _losses.Clear();
            }
        }
    }
}
