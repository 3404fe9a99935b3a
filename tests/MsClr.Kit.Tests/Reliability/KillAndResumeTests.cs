using System.Diagnostics;
using System.Text.Json;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>
/// Kills `msclr pretrain` with SIGKILL at random moments (start-up, data generation, a step, a checkpoint write), then
/// lets it finish: the final weights must be bit-identical to an uninterrupted run's.
/// </summary>
public class KillAndResumeTests
{
    private static readonly string[] Arguments =
        ["pretrain", "--budget", "smoke", "--benchmark", "synthetic-xsub", "--formats", "ntu-rgb+d,smplx_42", "--seed", "5"];

    [Fact]
    public void Pretrain_KilledThreeTimesThenResumed_EndsBitIdenticalToAnUninterruptedRun()
    {
        var root = Directory.CreateTempSubdirectory("msclr-kill-").FullName;
        try
        {
            var data = Path.Combine(root, "data");
            Assert.Equal(0, Run(data, Path.Combine(root, "straight"), killAfter: null));

            var random = new Random(11);
            for (var kill = 0; kill < 3; kill++)
            {
                Run(data, Path.Combine(root, "killed"), killAfter: TimeSpan.FromSeconds(1.5 + (3 * random.NextDouble())));
            }

            Assert.Equal(0, Run(data, Path.Combine(root, "killed"), killAfter: null));
            Assert.Equal(FinalChecksums(Path.Combine(root, "straight")), FinalChecksums(Path.Combine(root, "killed")));
            Assert.Empty(Directory.GetDirectories(Path.Combine(root, "killed"), ".tmp-*", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    private static int Run(string dataRoot, string runsRoot, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "msclr.dll"));
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSCLR_DATA"] = dataRoot;
        start.Environment["MSCLR_RUNS"] = runsRoot;
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (killAfter is { } delay && !process.WaitForExit(delay))
        {
            process.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup code runs
            process.WaitForExit();
            return -1;
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "msclr pretrain did not finish within 3 minutes");
        return process.ExitCode;
    }

    /// <summary>The SHA-256 of every file of the run's final checkpoint, from its manifest.</summary>
    private static string FinalChecksums(string runsRoot)
    {
        var run = Directory.GetDirectories(runsRoot).Single(d => !Path.GetFileName(d).StartsWith('.'));
        var checkpoints = Path.Combine(run, "pretrain", "checkpoints");
        var final = Directory.GetDirectories(checkpoints).Where(d => !Path.GetFileName(d).StartsWith('.')).Max()!;
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(final, "checkpoint.json")));
        return Path.GetFileName(final) + " " + manifest.RootElement.GetProperty("Sha256").GetRawText();
    }
}
