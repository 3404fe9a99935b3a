namespace MsClr.Notebooks.Scripting;

/// <summary><c>value.Display()</c> as in Polyglot Notebooks; the runner imports this namespace into every notebook.</summary>
public static class NotebookDisplayExtensions
{
    /// <summary>Shows the value as a <c>display_data</c> output of the running cell (see <see cref="NotebookGlobals.display"/>).</summary>
    /// <exception cref="InvalidOperationException">Called outside a notebook run.</exception>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) =>
        (NotebookGlobals.Current ?? throw new InvalidOperationException("Display() works only inside a cell run by the notebook runner")).display(value, mimeTypes);
}
