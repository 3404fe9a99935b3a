using MsClr.Notebooks.Formatting;

namespace MsClr.Notebooks.Execution;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record RunOptions
{
    /// <summary>The budget the cells read (<see cref="NotebookBudgets"/>); smoke by default.</summary>
    public string Budget { get; init; } = NotebookBudgets.Smoke;

    /// <summary>Keep running later cells after one fails (they still see the state of the cells that succeeded).</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>Where to write the executed <c>.ipynb</c> (named after the input); null writes nothing.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>How results and <c>display</c> values become MIME data: the first formatter that accepts a value wins.</summary>
    public IReadOnlyList<IOutputFormatter> Formatters { get; init; } = OutputFormatters.Default;

    /// <summary>Called before each C# cell runs, with its 1-based cell number and the notebook's cell count.</summary>
    public Action<int, int>? CellStarted { get; init; }
}
