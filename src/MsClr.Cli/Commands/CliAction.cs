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
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(KitEnvironment.ThreadsVariable)))
            {
                KitEnvironment.ConfigureThreads(); // only when asked: it loads LibTorch, which commands like `formats` never need
            }

            return body();
        }
        catch (RunPreemptedException e)
        {
            Console.Error.WriteLine($"msclr: {e.Message}");
            return MsClr.Kit.Runtime.StopSignals.PreemptedExitCode;
        }
        catch (Exception e) when (e is SkeletonFormatException or SkeletonStoreException or KeyNotFoundException or FileNotFoundException
            or DirectoryNotFoundException or InvalidDataException or FormatException or InvalidOperationException or ArgumentException
            or OperationCanceledException or NotSupportedException)
        {
            Console.Error.WriteLine($"msclr: {e.Message}");
            return 2;
        }
    }
}

/// <summary>A run stopped by SIGTERM or SIGHUP after saving its checkpoint; <see cref="CliAction"/> exits with
/// <see cref="StopSignals.PreemptedExitCode"/>.</summary>
internal sealed class RunPreemptedException(string signal, OperationCanceledException stopped)
    : OperationCanceledException($"preempted by {signal}: {stopped.Message}; exit {StopSignals.PreemptedExitCode} asks the job script to requeue", stopped);
