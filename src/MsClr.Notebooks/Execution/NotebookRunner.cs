using System.Diagnostics;
using MsClr.Notebooks.Documents;

namespace MsClr.Notebooks.Execution;

/// <summary>
/// Runs a Polyglot notebook (<c>.ipynb</c> or <c>.dib</c>) headless: its C# cells in order with Roslyn scripting,
/// sharing state between cells, as the .NET Interactive kernel would. The input file is never modified.
/// </summary>
public static class NotebookRunner
{
    /// <summary>
    /// Runs every C# cell of the notebook at <paramref name="path"/>. A failing cell stops the notebook unless
    /// <see cref="RunOptions.ContinueOnError"/>; failures are reported in the result, not thrown. While it runs, the
    /// budget is also in the environment variable <see cref="NotebookBudgets.EnvironmentVariable"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown budget.</exception>
    /// <exception cref="InvalidOperationException">The output folder would overwrite the input notebook.</exception>
    public static async Task<NotebookResult> RunAsync(string path, RunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var budget = NotebookBudgets.Validate(options.Budget);
        var fullPath = Path.GetFullPath(path);
        var outputPath = options.OutputDirectory is null
            ? null
            : Path.Combine(Path.GetFullPath(options.OutputDirectory), Path.GetFileNameWithoutExtension(fullPath) + ".ipynb");
        if (string.Equals(outputPath, fullPath, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{fullPath}: the output folder is the notebook's own folder; choose another so the notebook is not overwritten");
        }

        var clock = Stopwatch.StartNew();
        NotebookDocument document;
        try
        {
            document = NotebookDocument.Load(fullPath);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return new NotebookResult(fullPath, NotebookDocument.Empty(fullPath), budget)
            {
                Elapsed = clock.Elapsed,
                Failures = [new CellFailure(0, e.GetType().Name, e.Message)],
            };
        }

        var execution = new NotebookExecution(document, options, budget);
        var previousBudget = Environment.GetEnvironmentVariable(NotebookBudgets.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(NotebookBudgets.EnvironmentVariable, budget);
            await execution.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Environment.SetEnvironmentVariable(NotebookBudgets.EnvironmentVariable, previousBudget);
        }

        if (outputPath is not null)
        {
            document.Save(outputPath);
        }

        return new NotebookResult(fullPath, document, budget)
        {
            CellsRun = execution.CellsRun,
            CSharpCells = document.Cells.Count(cell => cell.IsCSharp),
            Elapsed = clock.Elapsed,
            Failures = execution.Failures,
            Warnings = execution.Warnings,
            OutputPath = outputPath,
        };
    }
}
