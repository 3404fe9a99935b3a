namespace MsClr.Notebooks.Formatting;

/// <summary>
/// Turns a cell's value into MIME data (<c>text/plain</c>, <c>text/html</c>, …) the way a .NET Interactive formatter
/// does. Add one by putting it before the defaults: <c>Formatters = [new MyFormatter(), .. OutputFormatters.Default]</c>.
/// </summary>
public interface IOutputFormatter
{
    /// <summary>The MIME type → content map for <paramref name="value"/>, or null when this formatter does not handle it.</summary>
    /// <param name="value">The value a cell returned or displayed; never null.</param>
    /// <param name="context">Per-notebook state, e.g. whether a script library was already embedded.</param>
    IReadOnlyDictionary<string, string>? Format(object value, OutputFormatContext context);
}
