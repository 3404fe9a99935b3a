using MsClr.Kit.IO;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using MsClr.Kit;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Runtime;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr sweep submit --slurm</c> (job scripts into the sweep folder, array job plus dependent merge job) and
/// <c>msclr sweep status</c> (run folders, and Slurm's view of the tasks when it has one).</summary>
internal static class SweepSlurmCommands
{
    /// <summary>The file in the sweep folder listing the submitted jobs: <c>array {id} {array}</c> and <c>merge {id}</c> lines.</summary>
    public const string JobsFile = "slurm-jobs.txt";

    public static Command Submit()
    {
        var sweep = SweepCommand.SweepArgument();
        var slurm = new Option<bool>("--slurm") { Description = "Submit to Slurm (the local path is `msclr sweep run --local`)", Required = true };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition" };
        var gres = new Option<string?>("--gres") { Description = "Generic resources per task, e.g. gpu:1 (then each task requires CUDA)" };
        var time = new Option<string?>("--time") { Description = "Time limit per task, e.g. 24:00:00" };
        var cpus = new Option<int?>("--cpus-per-task") { Description = "CPUs per task (also msclr's thread count)" };
        var memory = new Option<string?>("--mem") { Description = "Memory per task, e.g. 32G" };
        var maxParallel = new Option<int?>("--max-parallel") { Description = "At most K tasks at once (--array=0-N%K)" };
        var account = new Option<string?>("--account") { Description = "Account to charge" };
        var device = new Option<string>("--device") { Description = "cuda, cpu or auto (default: cuda when --gres names a gpu, else cpu)", DefaultValueFactory = _ => "auto" };
        var onlyFailed = new Option<bool>("--only-failed") { Description = "Resubmit only the specs `msclr sweep status` lists as failed" };
        var noSubmit = new Option<bool>("--no-submit") { Description = "Write the job scripts only (submit them by hand)" };
        var command = new Command("submit", "Write the sweep's Slurm job scripts into the sweep folder and submit the array and its merge job")
        {
            sweep, slurm, partition, gres, time, cpus, memory, maxParallel, account, device, onlyFailed, noSubmit,
        };
        command.SetAction(result => CliAction.Run(() =>
        {
            var path = Path.GetFullPath(result.GetValue(sweep)!);
            var plan = SweepFile.Read(path);
            var folder = SweepFile.Folder(path);
            var options = new SlurmOptions(path, KitEnvironment.RepositoryRoot, Path.GetFullPath(KitEnvironment.RunsRoot), Path.GetFullPath(KitEnvironment.DataRoot),
                plan.Specs.Count, result.GetValue(maxParallel), result.GetValue(partition), result.GetValue(gres), result.GetValue(time), result.GetValue(cpus),
                result.GetValue(memory), result.GetValue(account), result.GetValue(device)!);
            var arrayScript = Path.Combine(folder, SlurmScripts.ArrayScript);
            var mergeScript = Path.Combine(folder, SlurmScripts.MergeScript);
            AtomicFile.WriteAllText(arrayScript, SlurmScripts.Array(options));
            AtomicFile.WriteAllText(mergeScript, SlurmScripts.Merge(options));
            Directory.CreateDirectory(Path.Combine(folder, SlurmScripts.LogFolder));
            Console.Out.WriteLine($"wrote {arrayScript} and {mergeScript}");
            if (result.GetValue(noSubmit))
            {
                return 0;
            }

            IReadOnlyList<int>? indices = null;
            if (result.GetValue(onlyFailed))
            {
                indices = SweepStatus.ToResubmit(SweepStatus.Of(plan, KitEnvironment.RunsRoot, SchedulerStates(folder, out _)));
                if (indices.Count == 0)
                {
                    Console.Out.WriteLine("no failed spec to resubmit");
                    return 0;
                }
            }

            var array = options.Array(indices);
            var arrayJob = Sbatch(folder, "--parsable", $"--array={array}", arrayScript);
            var mergeJob = Sbatch(folder, "--parsable", $"--dependency=afterany:{arrayJob}", mergeScript);
            File.AppendAllText(Path.Combine(folder, JobsFile), $"array {arrayJob} {array}\nmerge {mergeJob}\n");
            Console.Out.WriteLine($"submitted array job {arrayJob} (--array={array}) and merge job {mergeJob} (afterany:{arrayJob}); follow with: msclr sweep status {path}");
            return 0;
        }));
        return command;
    }

    public static Command Status()
    {
        var sweep = SweepCommand.SweepArgument();
        var command = new Command("status", "Per spec: pending, running, preempted, done or failed (run folders, and squeue/sacct when present); what to resubmit") { sweep };
        command.SetAction(result => CliAction.Run(() =>
        {
            var path = Path.GetFullPath(result.GetValue(sweep)!);
            var plan = SweepFile.Read(path);
            var scheduler = SchedulerStates(SweepFile.Folder(path), out var note);
            var status = SweepStatus.Of(plan, KitEnvironment.RunsRoot, scheduler);
            var table = new Table().AddColumns("#", "spec", "state", "slurm", "last log line");
            foreach (var spec in status)
            {
                var line = spec.State is SpecState.Failed or SpecState.Preempted or SpecState.Running ? spec.LastLine ?? "" : "";
                table.AddRow(spec.Index.ToString(CultureInfo.InvariantCulture), Markup.Escape(spec.Spec.Id), spec.State.ToString().ToLowerInvariant(),
                    Markup.Escape(spec.Scheduler ?? "—"), Markup.Escape(line));
            }

            AnsiConsole.Write(table);
            var counts = string.Join(", ", Enum.GetValues<SpecState>().Select(s => $"{status.Count(x => x.State == s)} {s.ToString().ToLowerInvariant()}"));
            Console.Out.WriteLine($"{status.Count} specs: {counts}");
            if (note is not null)
            {
                Console.Out.WriteLine(note);
            }

            var resubmit = SweepStatus.ToResubmit(status);
            if (resubmit.Count > 0)
            {
                Console.Out.WriteLine($"to resubmit ({string.Join(',', resubmit)}): msclr sweep submit {path} --slurm --only-failed   (locally: msclr sweep run {path} --local --only-failed)");
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Array task index → Slurm state of the sweep's submitted array jobs (later submissions win): live tasks from
    /// squeue, ended ones from sacct when accounting is there. Null when nothing was submitted or Slurm's tools are absent;
    /// <paramref name="note"/> then says why.</summary>
    private static Dictionary<int, string>? SchedulerStates(string folder, out string? note)
    {
        note = null;
        var jobsPath = Path.Combine(folder, JobsFile);
        if (!File.Exists(jobsPath))
        {
            return null;
        }

        var jobs = File.ReadLines(jobsPath).Select(l => l.Split(' ')).Where(p => p.Length >= 2 && p[0] == "array").Select(p => p[1].Split(';')[0]).ToArray();
        var states = new Dictionary<int, string>();
        var accounting = Tool("sacct", ["-n", "-P", "-X", "--format=JobID,State", "-j", string.Join(',', jobs)]);
        if (accounting.Code == 0)
        {
            SlurmJobStates.Add(states, accounting.Output, jobs);
        }
        else
        {
            note = $"sacct: {accounting.Error} (ended tasks are judged from their run folders only)";
        }

        var queue = Tool("squeue", ["-h", "-r", "-o", "%i|%T", "-j", string.Join(',', jobs)]);
        if (queue.Code == 0)
        {
            SlurmJobStates.Add(states, queue.Output, jobs);
        }
        else
        {
            note = (note is null ? "" : note + "; ") + $"squeue: {queue.Error}";
        }

        return states;
    }

    private static (int Code, string Output, string Error) Tool(string name, string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(name, arguments) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var firstError = error.GetAwaiter().GetResult().Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? $"exit {process.ExitCode}";
            return (process.ExitCode, output.GetAwaiter().GetResult(), firstError.Trim());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "", "not installed");
        }
    }

    private static string Sbatch(string folder, params string[] arguments)
    {
        var (code, output, error) = Tool("sbatch", arguments);
        if (code != 0)
        {
            throw new InvalidOperationException($"sbatch {string.Join(' ', arguments)} failed: {error}; the job scripts are in {folder}");
        }

        return output.Trim().Split(';')[0];
    }
}
