using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>
/// <c>msclr pretrain</c> (smoke budget, two formats, synthetic data) as a child process with its own data and runs roots,
/// from the msclr.dll built beside the tests: the faults (SIGKILL, SIGINT) hit a real process, not a test double.
/// </summary>
internal sealed class PretrainProcess : IDisposable
{
    private static readonly string[] Arguments =
        ["pretrain", "--budget", "smoke", "--benchmark", "synthetic-xsub", "--formats", "ntu-rgb+d,smplx_42", "--seed", "5"];

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private PretrainProcess(string runsRoot, Process process)
    {
        RunsRoot = runsRoot;
        _process = process;
    }

    /// <summary>The runs root (<c>MSCLR_RUNS</c>).</summary>
    public string RunsRoot { get; }

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>Everything written to standard error so far.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static PretrainProcess Start(string dataRoot, string runsRoot)
    {
        // A job that a non-interactive shell starts in the background inherits SIGINT ignored (`scripts/test.sh &`), one
        // started under nohup inherits SIGHUP ignored (`nohup .ci/run`), and .NET keeps an inherited SIG_IGN, so neither
        // signal would reach the child's handlers; env (coreutils ≥ 8.31) restores the defaults.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--default-signal=INT,HUP");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "msclr.dll"));
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSCLR_DATA"] = dataRoot;
        start.Environment["MSCLR_RUNS"] = runsRoot;
        var child = new PretrainProcess(runsRoot, Process.Start(start)!);
        child._process.OutputDataReceived += (_, _) => { };
        child._process.ErrorDataReceived += (_, e) =>
        {
            lock (child._errors)
            {
                child._errors.AppendLine(e.Data);
            }
        };
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs to the end (at most 3 minutes) and returns the exit code.</summary>
    public static int Run(string dataRoot, string runsRoot)
    {
        using var child = Start(dataRoot, runsRoot);
        return child.WaitForExit();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL on Linux: no cleanup code runs.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It exited on its own first.
        }
    }

    /// <summary>SIGINT, as Ctrl+C in a terminal sends; a no-op when the child has already exited (its exit code tells).</summary>
    public void Interrupt() => Signal("INT");

    /// <summary>Sends <paramref name="signal"/> (e.g. <c>TERM</c>, <c>HUP</c>) with kill(1); a no-op when the child has exited.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false, RedirectStandardError = true })!;
        kill.WaitForExit();
    }

    public int WaitForExit()
    {
        Assert.True(_process.WaitForExit(TimeSpan.FromMinutes(3)), "msclr pretrain did not finish within 3 minutes");
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    /// <summary>The run's <c>pretrain</c> folder (holding <c>checkpoints/</c> and <c>.lock</c>), or null before it exists.</summary>
    public static string? PretrainFolder(string runsRoot) =>
        Directory.Exists(runsRoot)
            ? Directory.GetDirectories(runsRoot).Where(d => !Path.GetFileName(d).StartsWith('.')).Select(d => Path.Combine(d, "pretrain")).SingleOrDefault(Directory.Exists)
            : null;

    /// <summary>Checkpoint temporaries (<c>.tmp-*</c>) in the run's checkpoints folder.</summary>
    public static string[] Temporaries(string runsRoot) =>
        PretrainFolder(runsRoot) is { } folder && Directory.Exists(Path.Combine(folder, "checkpoints"))
            ? Directory.GetDirectories(Path.Combine(folder, "checkpoints"), ".tmp-*")
            : [];

    /// <summary>The final checkpoint's folder name and the SHA-256 of every file, from its manifest.</summary>
    public static string FinalChecksums(string runsRoot)
    {
        var checkpoints = Path.Combine(PretrainFolder(runsRoot)!, "checkpoints");
        var final = Directory.GetDirectories(checkpoints).Where(d => !Path.GetFileName(d).StartsWith('.')).Max()!;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(final, "checkpoint.json")));
        return Path.GetFileName(final) + " " + manifest.RootElement.GetProperty("Sha256").GetRawText();
    }

    /// <summary>Asserts every file of the checkpoint at <paramref name="position"/> matches the SHA-256 in its manifest.</summary>
    public static void AssertIntact(CheckpointStore store, CheckpointPosition position)
    {
        var folder = Path.Combine(store.Root, position.FolderName);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "checkpoint.json")));
        var files = manifest.RootElement.GetProperty("Sha256").EnumerateObject().ToArray();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(Path.Combine(folder, file.Name));
            Assert.Equal(file.Value.GetString(), Convert.ToHexString(SHA256.HashData(stream)));
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
