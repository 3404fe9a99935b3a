namespace MsClr.Notebooks.Execution;

/// <summary>
/// The run budgets a notebook can be run under: the names of <see cref="MsClr.Kit.Experiments.Budget.All"/>. The runner
/// hands the name to the cells as the <c>BudgetName</c> global (a string) and, for code that cannot see globals (the kit, or a notebook opened in VS Code), as the environment
/// variable <see cref="EnvironmentVariable"/> while the notebook runs.
/// </summary>
public static class NotebookBudgets
{
    /// <summary>The default budget of a run: seconds per notebook, to check that every cell runs.</summary>
    public const string Smoke = "smoke";

    /// <summary>The environment variable holding the budget name during a run: <c>MSCLR_BUDGET</c>.</summary>
    public const string EnvironmentVariable = MsClr.Kit.Experiments.Budget.EnvironmentVariable;

    /// <summary>Every budget name, smallest first.</summary>
    public static IReadOnlyList<string> All { get; } = MsClr.Kit.Experiments.Budget.All.Select(b => b.Name).ToArray();

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
