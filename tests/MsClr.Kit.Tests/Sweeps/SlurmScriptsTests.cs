using System.Diagnostics;
using MsClr.Kit.Experiments.Sweeps;

namespace MsClr.Kit.Tests.Sweeps;

public sealed class SlurmScriptsTests
{
    private static readonly SlurmOptions Options = new("/shared/sweeps/t1/sweep.json", "/shared/kit", "/shared/runs", "/shared/data", 14,
        MaxParallel: 4, Partition: "gpu", Gres: "gpu:1", Time: "24:00:00", CpusPerTask: 8, Memory: "32G", Account: "lab");

    [Fact]
    public void Array_AsksForTheArrayRequeueAndTheSignalAndPicksTheSpecByTaskId()
    {
        var script = SlurmScripts.Array(Options);

        foreach (var line in new[]
        {
            "#SBATCH --array=0-13%4", "#SBATCH --requeue", "#SBATCH --signal=B:TERM@120", "#SBATCH --partition=gpu", "#SBATCH --gres=gpu:1",
            "#SBATCH --time=24:00:00", "#SBATCH --cpus-per-task=8", "#SBATCH --mem=32G", "#SBATCH --account=lab",
            "#SBATCH --output=/shared/sweeps/t1/slurm-logs/%A_%a.out", "export MSCLR_RUNS=/shared/runs MSCLR_DATA=/shared/data",
            "sweep task /shared/sweeps/t1/sweep.json --index \"$SLURM_ARRAY_TASK_ID\" --device cuda &",
            "scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\"", "trap 'forward TERM' TERM", "trap 'forward HUP' HUP",
        })
        {
            Assert.Contains(line, script);
        }
    }

    [Fact]
    public void Merge_FoldsTheResultsAndRendersTheSweepWithoutAGpu()
    {
        var script = SlurmScripts.Merge(Options);

        Assert.Contains("results merge", script);
        Assert.Contains("reproduce --sweep /shared/sweeps/t1/sweep.json", script);
        Assert.DoesNotContain("--gres", script);
    }

    [Fact]
    public void Options_DeviceFollowsTheGresAndIndicesBecomeTheArray()
    {
        Assert.Equal("cpu", (Options with { Gres = null }).TaskDevice);
        Assert.Equal("1,4%4", Options.Array([1, 4]));
        Assert.Equal("0-13", (Options with { MaxParallel = null }).Array());
    }

    [Fact]
    public void Scripts_AreValidBash()
    {
        foreach (var script in new[] { SlurmScripts.Array(Options), SlurmScripts.Merge(Options) })
        {
            var path = Path.GetTempFileName();
            File.WriteAllText(path, script);
            using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", path]) { RedirectStandardError = true })!;
            var errors = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            File.Delete(path);
            Assert.True(bash.ExitCode == 0, errors);
        }
    }

    [Fact]
    public void Quote_PathWithSpacesAndQuotes_IsSingleQuotedForBash()
    {
        Assert.Equal("'/a b/it'\\''s'", SlurmScripts.Quote("/a b/it's"));
        Assert.Equal("/plain/path-1.json", SlurmScripts.Quote("/plain/path-1.json"));
    }
}
