using System.Diagnostics;
using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests.Sweeps;

/// <summary>
/// The real one-node Slurm cluster of <c>scripts/slurm-test-cluster.sh</c> (munged, slurmctld, slurmd), started for a test
/// class and stopped after it. When the daemons cannot start, <see cref="Failure"/> holds the script's reason and the
/// tests fail with it: they are never skipped silently.
/// </summary>
public sealed class SlurmTestCluster : IDisposable
{
    /// <summary>Where the cluster keeps everything; fixed, so a start also stops daemons a crashed earlier run left behind.</summary>
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), "msclr-slurm-tests");

    private bool _started;

    /// <summary>The <c>SLURM_CONF</c> every Slurm command of the tests uses.</summary>
    public string Configuration => Path.Combine(Folder, "slurm.conf");

    /// <summary>Why the cluster did not start, or null when it runs.</summary>
    public string? Failure { get; private set; }

    /// <summary>Starts the cluster on first use (only slow tests pay for it).</summary>
    public void EnsureStarted()
    {
        if (_started || Failure is not null)
        {
            return;
        }

        var (code, output) = Script("start");
        _started = code == 0;
        Failure = _started ? null : $"the Slurm test cluster did not start (scripts/slurm-test-cluster.sh start exited {code}):\n{output}";
    }

    /// <summary>Runs a Slurm command against the test cluster; returns its exit code and output.</summary>
    public (int Code, string Output) Command(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(name, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["SLURM_CONF"] = Configuration;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult() + errors.GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        if (_started)
        {
            Script("stop");
        }
    }

    private static (int Code, string Output) Script(string verb)
    {
        var script = Path.Combine(KitEnvironment.RepositoryRoot, "scripts", "slurm-test-cluster.sh");
        var start = new ProcessStartInfo("bash", [script, verb, Folder]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult() + errors.GetAwaiter().GetResult());
    }
}
