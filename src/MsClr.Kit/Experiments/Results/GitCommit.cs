using System.Diagnostics;

namespace MsClr.Kit.Experiments.Results;

/// <summary>The short git commit of the code, recorded next to every result.</summary>
public static class GitCommit
{
    /// <summary>What <see cref="Current"/> returns when git or the repository is unavailable.</summary>
    public const string Unknown = "unknown";

    /// <summary>
    /// <c>git rev-parse --short HEAD</c> in <paramref name="workingDirectory"/> (default: the current directory), or
    /// <see cref="Unknown"/> when git is missing, the folder is not a repository, or git takes longer than 5 s. Never throws.
    /// </summary>
    public static string Current(string? workingDirectory = null)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["rev-parse", "--short", "HEAD"])
            {
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return Unknown;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(5000))
            {
                process.Kill();
                return Unknown;
            }

            var commit = output.GetAwaiter().GetResult().Trim();
            return process.ExitCode == 0 && commit.Length > 0 ? commit : Unknown;
        }
        catch (Exception)
        {
            // Any failure (no git, no permission, odd folder) must not stop a finished experiment from being recorded.
            return Unknown;
        }
    }
}
