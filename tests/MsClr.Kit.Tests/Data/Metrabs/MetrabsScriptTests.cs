using System.Diagnostics;

namespace MsClr.Kit.Tests.Data.Metrabs;

/// <summary>Runs the Python unit tests of data-prep/metrabs_extract.py (stdlib only) so CI covers the script too.</summary>
public sealed class MetrabsScriptTests
{
    [Fact]
    public async Task PythonUnitTests_DataPrepScript_Pass()
    {
        var root = RepositoryRoot();
        var python = FindOnPath("python3");
        Assert.True(python is not null,
            "python3 is not on PATH; the data-prep script tests need it (install python3, e.g. apt-get install python3). This test fails rather than skips.");

        var start = new ProcessStartInfo(python, ["-m", "unittest", "discover", "-s", "data-prep", "-p", "test_*.py"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("python3 -m unittest did not finish within 60 s");
        }

        var (output, errors) = (await stdout, await stderr);
        Assert.True(process.ExitCode == 0,
            $"python3 -m unittest discover -s data-prep exited with {process.ExitCode}:\n{output}\n{errors}");
        Assert.Contains("OK", errors);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MsClr.Kit.sln")))
        {
            folder = folder.Parent;
        }

        Assert.True(folder is not null, $"no MsClr.Kit.sln above {AppContext.BaseDirectory}");
        Assert.True(File.Exists(Path.Combine(folder.FullName, "data-prep", "test_metrabs_extract.py")), "data-prep/test_metrabs_extract.py is missing");
        return folder.FullName;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
