using System.Diagnostics;
using System.Text;

namespace MsClr.Kit.Tests.Sweeps;

/// <summary>The msclr.dll built beside the tests as a child process with its own environment, its output collected.</summary>
internal sealed class MsclrProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private MsclrProcess(Process process) => _process = process;

    /// <summary>Starts <c>dotnet msclr.dll <paramref name="arguments"/></c> with <paramref name="environment"/> added.</summary>
    public static MsclrProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "msclr.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var child = new MsclrProcess(Process.Start(start)!);
        DataReceivedEventHandler collect = (_, e) =>
        {
            lock (child._output)
            {
                child._output.AppendLine(e.Data);
            }
        };
        child._process.OutputDataReceived += collect;
        child._process.ErrorDataReceived += collect;
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Standard output and error so far, interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL; returns whether the process was still running (false: it had already exited).</summary>
    public bool Kill()
    {
        try
        {
            if (_process.HasExited)
            {
                return false;
            }

            _process.Kill();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Waits for the exit (failing the test after <paramref name="limit"/>) and returns the exit code.</summary>
    public int WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            Kill();
            Assert.Fail($"msclr did not finish within {limit.TotalMinutes:F0} minutes; output:\n{Output}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
