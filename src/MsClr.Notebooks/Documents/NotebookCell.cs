using System.Text.Json.Nodes;

namespace MsClr.Notebooks.Documents;

/// <summary>One notebook cell: its type, kernel, source and (for code cells) outputs.</summary>
public sealed class NotebookCell
{
    /// <summary>A cell; <paramref name="kernelName"/> is normalised (<c>c#</c> → <c>csharp</c>).</summary>
    public NotebookCell(NotebookCellType type, string kernelName, string source, string? id = null)
    {
        Type = type;
        KernelName = type == NotebookCellType.Markdown ? KernelNames.Markdown : KernelNames.Normalize(kernelName);
        Source = source;
        Id = id;
    }

    /// <summary>Code, markdown or raw.</summary>
    public NotebookCellType Type { get; }

    /// <summary>The Polyglot kernel the cell targets: <c>csharp</c>, <c>fsharp</c>, <c>markdown</c>, …</summary>
    public string KernelName { get; }

    /// <summary>The cell's text as the author wrote it.</summary>
    public string Source { get; }

    /// <summary>The nbformat 4.5 cell id, when the file had one.</summary>
    public string? Id { get; }

    /// <summary>True for the code cells the headless runner executes.</summary>
    public bool IsCSharp => Type == NotebookCellType.Code && KernelName == KernelNames.CSharp;

    /// <summary>The execution count shown beside the cell; null when it did not run.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>The cell's outputs in the order they appeared.</summary>
    public List<NotebookOutput> Outputs { get; } = [];

    /// <summary>The cell's object in the .ipynb it was read from, which is written back with only outputs and count replaced.</summary>
    internal JsonObject? Json { get; init; }
}
