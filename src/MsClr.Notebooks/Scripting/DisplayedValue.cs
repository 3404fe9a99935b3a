using MsClr.Notebooks.Documents;

namespace MsClr.Notebooks.Scripting;

/// <summary>
/// A shown value that can be replaced in place, as Polyglot Notebooks' <c>DisplayedValue</c>: <c>var shown =
/// display(x); ... shown.Update(y);</c>. Under the headless runner the executed notebook keeps the last value shown.
/// </summary>
public sealed class DisplayedValue
{
    private readonly object gate = new();
    private readonly Func<NotebookOutput, object?, NotebookOutput> replace;
    private NotebookOutput current;

    internal DisplayedValue(NotebookOutput output, Func<NotebookOutput, object?, NotebookOutput> replace)
    {
        current = output;
        this.replace = replace;
    }

    /// <summary>Replaces the shown value with <paramref name="value"/>, formatted like the original.</summary>
    public void Update(object? value)
    {
        lock (gate)
        {
            current = replace(current, value);
        }
    }
}
