using MsClr.Kit.Runtime;

namespace MsClr.Cli.Commands;

/// <summary>A run stopped by SIGTERM or SIGHUP after saving its checkpoint; <see cref="CliAction"/> exits with
/// <see cref="StopSignals.PreemptedExitCode"/>.</summary>
internal sealed class RunPreemptedException(string signal, OperationCanceledException stopped)
    : OperationCanceledException($"preempted by {signal}: {stopped.Message}; exit {StopSignals.PreemptedExitCode} asks the job script to requeue", stopped);
