namespace MsClr.Notebooks.Scripting;

/// <summary>
/// What every notebook cell sees as globals under the headless runner: the run's <see cref="BudgetName"/> and
/// <see cref="display"/>, the Polyglot kernel's function for showing a value.
/// </summary>
public sealed class NotebookGlobals
{
    private static readonly AsyncLocal<NotebookGlobals?> CurrentGlobals = new();
    private readonly Func<object?, string[], DisplayedValue> show;

    internal NotebookGlobals(string budget, Func<object?, string[], DisplayedValue> show)
    {
        BudgetName = budget;
        this.show = show;
    }

    /// <summary>The run's budget name: <c>smoke</c>, <c>quick</c> or <c>paper</c> (see <c>NotebookBudgets</c>). Not called
    /// <c>Budget</c>: a script global would hide the kit's <c>MsClr.Kit.Experiments.Budget</c> type in every cell.</summary>
    public string BudgetName { get; }

    /// <summary>The globals of the notebook running on this async flow; null outside a run.</summary>
    internal static NotebookGlobals? Current
    {
        get => CurrentGlobals.Value;
        set => CurrentGlobals.Value = value;
    }

    /// <summary>
    /// Shows <paramref name="value"/> as a <c>display_data</c> output, formatted like a cell result. With MIME types,
    /// a string is taken as content of those types (<c>display("&lt;b&gt;hi&lt;/b&gt;", "text/html")</c>) and any other
    /// value keeps only those of its formats. Returns a handle whose <see cref="DisplayedValue.Update"/> replaces the shown
    /// value, as in Polyglot Notebooks (a progress display, for example).
    /// </summary>
#pragma warning disable IDE1006 // named as in Polyglot Notebooks so that cells run unchanged in both
    public DisplayedValue display(object? value, params string[] mimeTypes) => show(value, mimeTypes);
#pragma warning restore IDE1006
}
