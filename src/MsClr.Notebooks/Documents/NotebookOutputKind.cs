namespace MsClr.Notebooks.Documents;

/// <summary>The nbformat <c>output_type</c> of a cell output.</summary>
public enum NotebookOutputKind
{
    /// <summary><c>stream</c>: text written to stdout or stderr.</summary>
    Stream,

    /// <summary><c>display_data</c>: a value shown with <c>display(x)</c>.</summary>
    DisplayData,

    /// <summary><c>execute_result</c>: the value of the cell's last expression.</summary>
    ExecuteResult,

    /// <summary><c>error</c>: the exception or compilation errors that stopped the cell.</summary>
    Error,
}
