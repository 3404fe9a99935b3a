namespace MsClr.Notebooks.Documents;

/// <summary>The nbformat cell type.</summary>
public enum NotebookCellType
{
    /// <summary>A code cell; its kernel is <see cref="NotebookCell.KernelName"/>.</summary>
    Code,

    /// <summary>A markdown cell: kept, never run.</summary>
    Markdown,

    /// <summary>A raw cell: kept as it is.</summary>
    Raw,
}
