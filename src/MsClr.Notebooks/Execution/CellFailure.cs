namespace MsClr.Notebooks.Execution;

/// <summary>A cell that failed: where, and what was thrown or reported.</summary>
/// <param name="CellNumber">1-based position of the cell in the notebook (markdown cells count); 0 when the file itself could not be read.</param>
/// <param name="ErrorName">The error's name: the exception type, <c>CompilationErrorException</c> or <c>PackageNotProvided</c>.</param>
/// <param name="Message">The exception message or the compiler's diagnostics.</param>
public sealed record CellFailure(int CellNumber, string ErrorName, string Message)
{
    /// <summary><c>cell N: Name: message</c>.</summary>
    public override string ToString() => CellNumber == 0 ? $"{ErrorName}: {Message}" : $"cell {CellNumber}: {ErrorName}: {Message}";
}
