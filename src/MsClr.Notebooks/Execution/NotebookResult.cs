using MsClr.Notebooks.Documents;

namespace MsClr.Notebooks.Execution;

/// <summary>What running one notebook did.</summary>
/// <param name="Path">The notebook's full path.</param>
/// <param name="Document">The notebook with the outputs of this run (the file on disk is unchanged).</param>
/// <param name="Budget">The budget it ran under.</param>
public sealed record NotebookResult(string Path, NotebookDocument Document, string Budget)
{
    /// <summary>C# cells executed, the failing one included.</summary>
    public int CellsRun { get; init; }

    /// <summary>C# cells in the notebook.</summary>
    public int CSharpCells { get; init; }

    /// <summary>Wall time of the whole notebook, compilation included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The cells that failed, in order (more than one only with <see cref="RunOptions.ContinueOnError"/>).</summary>
    public IReadOnlyList<CellFailure> Failures { get; init; } = [];

    /// <summary>Things worth knowing that did not stop the run: package version mismatches, skipped non-C# cells.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The executed .ipynb written, when <see cref="RunOptions.OutputDirectory"/> was set.</summary>
    public string? OutputPath { get; init; }

    /// <summary>True when no cell failed.</summary>
    public bool Succeeded => Failures.Count == 0;

    /// <summary><c>ok</c>, or <c>failed: cell N: Name: message</c> for the first failure.</summary>
    public string Status => Succeeded ? "ok" : $"failed: {Failures[0]}";
}
