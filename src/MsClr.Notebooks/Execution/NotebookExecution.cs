using MsClr.Kit.Interactive;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using MsClr.Notebooks.Documents;
using MsClr.Notebooks.Formatting;
using MsClr.Notebooks.Scripting;

namespace MsClr.Notebooks.Execution;

/// <summary>One run of one notebook: its C# cells in order on one Roslyn script state, outputs written into the cells.</summary>
internal sealed class NotebookExecution
{
    private readonly NotebookDocument document;
    private readonly RunOptions options;
    private readonly CellOutputSink sink = new();
    private readonly OutputFormatContext formatContext = new();
    private readonly NotebookGlobals globals;
    private ScriptState<object>? state;
    private int executionCount;

    public NotebookExecution(NotebookDocument document, RunOptions options, string budget)
    {
        this.document = document;
        this.options = options;
        globals = new NotebookGlobals(budget, Show);
    }

    public int CellsRun { get; private set; }

    public List<CellFailure> Failures { get; } = [];

    public List<string> Warnings { get; } = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        NotebookGlobals.Current = globals;
        // Kit code that updates an output while a cell runs (LiveDisplay: training progress) shows through display().
        LiveDisplay.UseHost(value => globals.display(value).Update);
        try
        {
            await RunCellsAsync(cancellationToken);
        }
        finally
        {
            LiveDisplay.UseHost(null);
        }
    }

    private async Task RunCellsAsync(CancellationToken cancellationToken)
    {
        var scriptOptions = ScriptEnvironment.For(Path.GetDirectoryName(document.Path));
        for (var i = 0; i < document.Cells.Count; i++)
        {
            var cell = document.Cells[i];
            if (cell.Type == NotebookCellType.Code && !cell.IsCSharp)
            {
                Warnings.Add($"cell {i + 1}: {cell.KernelName} cells are not run by the headless runner (kept as they are)");
            }

            if (!cell.IsCSharp)
            {
                continue;
            }

            cell.Outputs.Clear();
            cell.ExecutionCount = null;
            if (Failures.Count > 0 && !options.ContinueOnError)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            options.CellStarted?.Invoke(i + 1, document.Cells.Count);
            cell.ExecutionCount = ++executionCount;
            CellsRun++;
            if (await RunCellAsync(cell, i + 1, scriptOptions, cancellationToken) is { } failure)
            {
                Failures.Add(failure);
            }
        }
    }

    private async Task<CellFailure?> RunCellAsync(NotebookCell cell, int number, ScriptOptions scriptOptions, CancellationToken cancellationToken)
    {
        var prepared = CellPreprocessor.Prepare(cell.Source, number);
        Warnings.AddRange(prepared.Warnings);
        if (prepared.Error is not null)
        {
            cell.Outputs.Add(NotebookOutput.Error("PackageNotProvided", prepared.Error, [prepared.Error]));
            return new CellFailure(number, "PackageNotProvided", prepared.Error);
        }

        var (stdout, stderr) = (Console.Out, Console.Error);
        Exception? error = null;
        try
        {
            Console.SetOut(new CapturingWriter(sink, "stdout"));
            Console.SetError(new CapturingWriter(sink, "stderr"));
            // From a stream, so the source has an encoding and Roslyn can emit debug info: stack traces then name "cell N:line L".
            using var code = new MemoryStream(Encoding.UTF8.GetBytes(prepared.Code));
            var cellOptions = scriptOptions.WithFilePath($"cell {number}");
            state = state is null
                ? await CSharpScript.Create(code, cellOptions, typeof(NotebookGlobals)).RunAsync(globals, cancellationToken)
                : await state.Script.ContinueWith(code, cellOptions).RunFromAsync(state, cancellationToken);
            if (state.ReturnValue is { } value)
            {
                sink.Add(NotebookOutput.Result(OutputFormatters.Format(value, options.Formatters, formatContext), cell.ExecutionCount ?? 0));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            error = e;
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }

        cell.Outputs.AddRange(sink.Take());
        if (error is null)
        {
            return null;
        }

        var output = ErrorOutput(error);
        cell.Outputs.Add(output);
        return new CellFailure(number, output.ErrorName!, output.ErrorValue!);
    }

    private DisplayedValue Show(object? value, string[] mimeTypes)
    {
        var output = DisplayOutput(value, mimeTypes);
        sink.Add(output);
        return new DisplayedValue(output, (current, next) =>
        {
            var replacement = DisplayOutput(next, mimeTypes);
            return sink.Replace(current, replacement) ? replacement : current;
        });
    }

    private NotebookOutput DisplayOutput(object? value, string[] mimeTypes)
    {
        IReadOnlyDictionary<string, string> data;
        if (value is string text && mimeTypes.Length > 0)
        {
            data = mimeTypes.ToDictionary(mime => mime, _ => text);
        }
        else
        {
            var all = OutputFormatters.Format(value, options.Formatters, formatContext);
            var chosen = all.Where(pair => mimeTypes.Contains(pair.Key)).ToDictionary();
            data = chosen.Count > 0 ? chosen : all;
        }

        return NotebookOutput.Display(data);
    }

    private static NotebookOutput ErrorOutput(Exception error)
    {
        if (error is CompilationErrorException compilation)
        {
            var diagnostics = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            return NotebookOutput.Error(nameof(CompilationErrorException), string.Join("\n", diagnostics), diagnostics);
        }

        while (error is TargetInvocationException { InnerException: not null } or AggregateException { InnerExceptions.Count: 1 })
        {
            error = error.InnerException!;
        }

        // Frames below the cell are the runner's and Roslyn's; they say nothing about the notebook.
        var traceback = error.ToString().Split('\n').Select(line => line.TrimEnd('\r'))
            .TakeWhile(line => !line.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal))
            .ToList();
        while (traceback.Count > 1 && traceback[^1].StartsWith("--- ", StringComparison.Ordinal))
        {
            traceback.RemoveAt(traceback.Count - 1);
        }

        return NotebookOutput.Error(error.GetType().Name, error.Message, traceback);
    }
}
