using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Pretraining;
using Xunit.Abstractions;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>
/// Stops `msclr pretrain` the hard ways (SIGKILL at random moments, SIGKILL in the middle of a checkpoint write, SIGINT as
/// Ctrl+C sends) and lets it resume: the final checkpoint must be bit-identical to an uninterrupted run's.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KillAndResumeTests(UninterruptedPretrainRun straight, ITestOutputHelper output) : IClassFixture<UninterruptedPretrainRun>
{
    [SlowFact]
    public void Pretrain_KilledThreeTimesThenResumed_EndsBitIdenticalToAnUninterruptedRun()
    {
        var runs = Path.Combine(straight.Root, "killed");
        var expected = straight.FinalChecksums;
        var random = new Random(11);
        for (var kill = 0; kill < 3; kill++)
        {
            using var child = PretrainProcess.Start(straight.DataRoot, runs);
            Thread.Sleep(TimeSpan.FromSeconds(1.5 + (3 * random.NextDouble())));
            child.Kill();
            child.WaitForExit();
        }

        Assert.Equal(0, PretrainProcess.Run(straight.DataRoot, runs));
        Assert.Equal(expected, PretrainProcess.FinalChecksums(runs));
        Assert.Empty(PretrainProcess.Temporaries(runs));
    }

    [SlowFact]
    public void Pretrain_KilledDuringACheckpointWrite_ResumesFromThePreviousIntactCheckpointAndEndsBitIdentical()
    {
        var expected = straight.FinalChecksums;
        const int attempts = 8;
        string? runs = null;
        string? caught = null;
        var attempt = 0;
        for (; attempt < attempts && caught is null; attempt++)
        {
            runs ??= Path.Combine(straight.Root, $"killed-in-write-{attempt}");
            using var child = PretrainProcess.Start(straight.DataRoot, runs);
            caught = KillDuringNextCheckpointWrite(child, runs);
            if (caught is null && child.WaitForExit() == 0)
            {
                runs = null; // the run finished before a write could be caught: start a fresh one
            }
        }

        Assert.True(caught is not null, $"no SIGKILL landed during a checkpoint write in {attempts} attempts (each kills the moment a .tmp-* checkpoint folder appears)");
        output.WriteLine($"killed while writing {caught} after {attempt} attempt(s)");
        var store = new CheckpointStore(PretrainProcess.PretrainFolder(runs!)!);
        var interrupted = ParsePosition(caught!);
        var latest = store.Latest();
        Assert.True(latest is { } l && l.CompareTo(interrupted) < 0, $"latest checkpoint {latest?.FolderName} should precede the interrupted write {interrupted.FolderName}");
        PretrainProcess.AssertIntact(store, latest!.Value);

        Assert.Equal(0, PretrainProcess.Run(straight.DataRoot, runs!));
        Assert.Equal(expected, PretrainProcess.FinalChecksums(runs!));
        Assert.Empty(PretrainProcess.Temporaries(runs!));
    }

    [SlowFact]
    public void Pretrain_InterruptedBySigint_ExitsCleanlyWithACheckpointAndReleasedLockThenResumesBitIdentical()
    {
        var expected = straight.FinalChecksums;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var runs = Path.Combine(straight.Root, $"interrupted-{attempt}");
            int exit;
            string errors;
            using (var child = PretrainProcess.Start(straight.DataRoot, runs))
            {
                // Ctrl+C is handled once training runs; wait for the first epoch's checkpoint so the signal lands mid-run.
                Assert.True(SpinUntil(() => child.HasExited || Completed(runs).Length > 0), "no checkpoint appeared within 3 minutes");
                child.Interrupt();
                exit = child.WaitForExit();
                errors = child.Errors;
            }

            if (exit == 0)
            {
                continue; // the last step finished before the signal arrived: nothing was interrupted, try again
            }

            Assert.True(exit == 2, $"msclr pretrain exited with {exit} after SIGINT; expected 2 (cancelled). stderr: {errors}");
            Assert.Contains("was stopped at", errors);
            var folder = PretrainProcess.PretrainFolder(runs)!;
            var store = new CheckpointStore(folder);
            var saved = store.Latest()!.Value;
            Assert.Contains($"stopped at {saved.FolderName}", errors);
            PretrainProcess.AssertIntact(store, saved);
            using (RunLock.Acquire(folder))
            {
                // Taking the lock proves the interrupted run released it.
            }

            Assert.Equal(0, PretrainProcess.Run(straight.DataRoot, runs));
            Assert.Equal(expected, PretrainProcess.FinalChecksums(runs));
            return;
        }

        Assert.Fail("in 3 attempts SIGINT never arrived before the smoke run finished");
    }

    [SlowFact]
    public void Pretrain_PreemptedBySigterm_ExitsWith75AndACheckpointThenResumesBitIdentical() => AssertPreemptedAndResumed("TERM");

    [SlowFact]
    public void Pretrain_PreemptedBySighup_ExitsWith75AndACheckpointThenResumesBitIdentical() => AssertPreemptedAndResumed("HUP");

    /// <summary>What Slurm does before a time limit or a preemption (<c>--signal=B:TERM@120</c>, forwarded by the job script).</summary>
    private void AssertPreemptedAndResumed(string signal)
    {
        var expected = straight.FinalChecksums;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var runs = Path.Combine(straight.Root, $"preempted-{signal}-{attempt}");
            int exit;
            string errors;
            using (var child = PretrainProcess.Start(straight.DataRoot, runs))
            {
                Assert.True(SpinUntil(() => child.HasExited || Completed(runs).Length > 0), "no checkpoint appeared within 3 minutes");
                child.Signal(signal);
                exit = child.WaitForExit();
                errors = child.Errors;
            }

            if (exit == 0)
            {
                continue; // the last step finished before the signal arrived: try again
            }

            Assert.True(exit == StopSignals.PreemptedExitCode, $"msclr pretrain exited with {exit} after SIG{signal}; expected {StopSignals.PreemptedExitCode}. stderr: {errors}");
            Assert.Contains($"preempted by SIG{signal}", errors);
            var store = new CheckpointStore(PretrainProcess.PretrainFolder(runs)!);
            PretrainProcess.AssertIntact(store, store.Latest()!.Value);

            Assert.Equal(0, PretrainProcess.Run(straight.DataRoot, runs));
            Assert.Equal(expected, PretrainProcess.FinalChecksums(runs));
            return;
        }

        Assert.Fail($"in 3 attempts SIG{signal} never arrived before the smoke run finished");
    }

    /// <summary>Watches for a checkpoint temporary while an earlier complete checkpoint exists and SIGKILLs the child the
    /// moment it appears; returns the temporary's name when the kill left it behind (i.e. landed mid-write), else null.</summary>
    private static string? KillDuringNextCheckpointWrite(PretrainProcess child, string runs)
    {
        // Sleep until a complete checkpoint exists (the one a resume must fall back on), then poll flat out for the next write.
        SpinUntil(() => child.HasExited || Completed(runs).Length > 0);
        SpinUntil(() => child.HasExited || PretrainProcess.Temporaries(runs).Length > 0, pause: false);
        if (child.HasExited)
        {
            return null;
        }

        child.Kill();
        child.WaitForExit();
        var left = PretrainProcess.Temporaries(runs);
        return left.Length > 0 ? Path.GetFileName(left[0]) : null;
    }

    private static string[] Completed(string runs) =>
        PretrainProcess.PretrainFolder(runs) is { } folder && Directory.Exists(Path.Combine(folder, "checkpoints"))
            ? Directory.GetDirectories(Path.Combine(folder, "checkpoints")).Where(d => !Path.GetFileName(d).StartsWith('.')).ToArray()
            : [];

    /// <summary>The position in a temporary's name, <c>.tmp-{FolderName}-{pid}-{guid}</c>.</summary>
    private static CheckpointPosition ParsePosition(string temporary)
    {
        var parts = temporary.Split('-');
        Assert.True(CheckpointPosition.TryParse($"{parts[1]}-{parts[2]}", out var position), $"unexpected temporary name {temporary}");
        return position;
    }

    private static bool SpinUntil(Func<bool> condition, bool pause = true)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            if (pause)
            {
                Thread.Sleep(20);
            }
            else
            {
                Thread.Yield(); // a checkpoint write lasts milliseconds: poll without sleeping
            }
        }

        return false;
    }
}
