using System.Diagnostics;
using System.Text.Json.Nodes;
using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests.Notebooks;

/// <summary>
/// Executes notebooks through Jupyter (<c>jupyter nbconvert --execute</c>) on the <c>.net-csharp</c> kernelspec that
/// scripts/setup-notebook-kernel.sh registers: the stock .NET Interactive tool, as a user runs it.
/// </summary>
internal static class JupyterKernelRun
{
    /// <summary>Runs <paramref name="notebooks"/> into <paramref name="outputDirectory"/>; returns the exit code and the end of the log.</summary>
    public static (int ExitCode, string Log) Execute(IEnumerable<string> notebooks, string outputDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("jupyter")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = KitEnvironment.RepositoryRoot,
        };
        foreach (var argument in new[] { "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=1800", "--ExecutePreprocessor.startup_timeout=600", "--output-dir", outputDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var notebook in notebooks)
        {
            start.ArgumentList.Add(notebook);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start jupyter");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var log = stdout.Result + stderr.Result;
        return (process.HasExited ? process.ExitCode : -1, log.Length > 6000 ? log[^6000..] : log);
    }

    /// <summary>Every output of every code cell of an executed .ipynb, as JSON objects.</summary>
    public static List<JsonObject> Outputs(string executedNotebook) =>
        [.. JsonNode.Parse(File.ReadAllText(executedNotebook))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .SelectMany(c => c!["outputs"]!.AsArray().Select(o => o!.AsObject()))];

    /// <summary>The <c>text/html</c> of each output that has one, joined from nbformat's list of lines.</summary>
    public static List<string> Html(IEnumerable<JsonObject> outputs) =>
        [.. outputs.Select(o => o["data"]?["text/html"]).Where(h => h is not null).Select(h => h is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string)h!)];
}
