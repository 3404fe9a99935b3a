using System.Runtime.InteropServices;

namespace MsClr.Kit.Runtime;

/// <summary>
/// Turns the signals that ask a run to stop into a <see cref="CancellationToken"/> that training loops check at step
/// boundaries (they then save a checkpoint and return). SIGINT (Ctrl+C) is an interruption; SIGTERM (what Slurm sends
/// before it kills or preempts a job, <c>--signal=B:TERM@120</c>) and SIGHUP (a lost terminal or a node drain) are a
/// preemption, which <c>msclr</c> reports with <see cref="PreemptedExitCode"/> so the job script requeues the task.
/// While listening, none of the three terminates the process.
/// </summary>
public sealed class StopSignals : IDisposable
{
    /// <summary>The exit code of a run stopped by SIGTERM or SIGHUP after saving its checkpoint: 75 (<c>EX_TEMPFAIL</c>,
    /// "try again later"); the generated sbatch script requeues a task that exits with it.</summary>
    public const int PreemptedExitCode = 75;

    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private string? _signal;

    /// <summary>Starts listening for SIGTERM and SIGHUP, and SIGINT when <paramref name="interrupt"/> is set.</summary>
    public StopSignals(bool interrupt = true)
    {
        var signals = interrupt ? new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT } : [PosixSignal.SIGTERM, PosixSignal.SIGHUP];
        _registrations = signals.Select(signal => PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            Interlocked.CompareExchange(ref _signal, context.Signal.ToString(), null);
            _source.Cancel();
        })).ToArray();
    }

    /// <summary>Cancelled by the first stop signal.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The first signal received (<c>SIGTERM</c>, <c>SIGHUP</c>, <c>SIGINT</c>), or null.</summary>
    public string? Signal => _signal;

    /// <summary>Whether the first signal was SIGTERM or SIGHUP (a scheduler stopping the job) rather than Ctrl+C.</summary>
    public bool Preempted => _signal is nameof(PosixSignal.SIGTERM) or nameof(PosixSignal.SIGHUP);

    /// <summary>Stops listening (the signals' default actions return).</summary>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }
}
