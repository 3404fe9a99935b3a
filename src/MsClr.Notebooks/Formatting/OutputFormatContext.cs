namespace MsClr.Notebooks.Formatting;

/// <summary>State shared by the formatters during one notebook run.</summary>
public sealed class OutputFormatContext
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>True the first time <paramref name="key"/> is asked for in this notebook, false afterwards: lets a formatter embed a library (plotly.js) once.</summary>
    public bool FirstUse(string key) => used.Add(key);
}
