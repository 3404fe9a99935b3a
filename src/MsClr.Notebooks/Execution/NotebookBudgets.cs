namespace MsClr.Notebooks.Execution;

/// <summary>
/// The run budgets a notebook can be run under. The runner hands the name to the cells as the <c>Budget</c> global
/// (a string) and, for code that cannot see globals (the kit, or a notebook opened in VS Code), as the environment
/// variable <see cref="EnvironmentVariable"/> while the notebook runs.
/// </summary>
public static class NotebookBudgets
{
    /// <summary>Seconds per notebook: tiny data and a step or two, to check that every cell runs.</summary>
    public const string Smoke = "smoke";

    /// <summary>Minutes: reduced epochs and data, numbers in the right direction.</summary>
    public const string Quick = "quick";

    /// <summary>The paper's full settings.</summary>
    public const string Paper = "paper";

    /// <summary>The environment variable holding the budget name during a run: <c>MSCLR_BUDGET</c>.</summary>
    public const string EnvironmentVariable = MsClr.Kit.Experiments.Budget.EnvironmentVariable;

    /// <summary>Every budget name, smallest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Smoke, Quick, Paper];

    /// <summary>The canonical (lower-case) name.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="All"/>.</exception>
    public static string Validate(string budget)
    {
        var name = budget.Trim().ToLowerInvariant();
        return All.Contains(name)
            ? name
            : throw new ArgumentException($"unknown budget '{budget}': expected one of {string.Join(", ", All)}", nameof(budget));
    }
}
