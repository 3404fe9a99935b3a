using MsClr.Kit.Data.Store;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;

namespace MsClr.Cli.Commands;

/// <summary>Runs a command body with <c>$MSCLR_THREADS</c> applied to LibTorch, and turns expected user errors (and Ctrl+C)
/// into one-line messages and exit code 2, and a preemption (SIGTERM, SIGHUP) into exit code 75
/// (<see cref="MsClr.Kit.Runtime.StopSignals.PreemptedExitCode"/>).</summary>
internal static class CliAction
{
    public static int Run(Func<int> body)
    {
        try
        {
            ConfigureThreadsWhenAsked();
            return body();
        }
        catch (Exception e) when (Expected(e))
        {
            return Report(e);
        }
    }

    /// <summary><see cref="Run"/> for a body that awaits (Parquet reads and writes), so no command blocks on a task.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            ConfigureThreadsWhenAsked();
            return await body().ConfigureAwait(false);
        }
        catch (Exception e) when (Expected(e))
        {
            return Report(e);
        }
    }

    // Only when asked: it loads LibTorch, which commands like `formats` never need.
    private static void ConfigureThreadsWhenAsked()
    {
        if (KitEnvironment.RequestedThreads is not null)
        {
            KitEnvironment.ConfigureThreads();
        }
    }

    private static bool Expected(Exception e) => e is RunPreemptedException or SkeletonFormatException or SkeletonStoreException
        or KeyNotFoundException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException or FormatException
        or InvalidOperationException or ArgumentException or OperationCanceledException or NotSupportedException;

    private static int Report(Exception e)
    {
        Console.Error.WriteLine($"msclr: {e.Message}");
        return e is RunPreemptedException ? MsClr.Kit.Runtime.StopSignals.PreemptedExitCode : 2;
    }
}

/// <summary>A run stopped by SIGTERM or SIGHUP after saving its checkpoint; <see cref="CliAction"/> exits with
/// <see cref="StopSignals.PreemptedExitCode"/>.</summary>
internal sealed class RunPreemptedException(string signal, OperationCanceledException stopped)
    : OperationCanceledException($"preempted by {signal}: {stopped.Message}; exit {StopSignals.PreemptedExitCode} asks the job script to requeue", stopped);
