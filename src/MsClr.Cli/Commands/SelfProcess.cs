using System.Diagnostics;

namespace MsClr.Cli.Commands;

/// <summary>Starts this msclr again as a child process (the same dotnet host and msclr.dll, or the same apphost).</summary>
internal static class SelfProcess
{
    /// <summary>A start info for <c>msclr <paramref name="arguments"/></c>, output redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Sends <paramref name="signal"/> (e.g. <c>TERM</c>) to <paramref name="process"/> with kill(1); ignores one that has exited.</summary>
    public static void Signal(Process process, string signal)
    {
        try
        {
            if (!process.HasExited)
            {
                using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false, RedirectStandardError = true })!;
                kill.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }
}
