namespace MsClr.Notebooks.Formatting;

/// <summary>The default formatter list and the lookup through a list.</summary>
public static class OutputFormatters
{
    /// <summary>DataFrame tables, Plotly.NET charts, sequences of objects as tables, then plain text for everything else.</summary>
    public static IReadOnlyList<IOutputFormatter> Default { get; } =
        [new DataFrameFormatter(), new PlotlyChartFormatter(), new SequenceTableFormatter(), new PlainTextFormatter()];

    /// <summary>The data of the first formatter that accepts <paramref name="value"/>; plain text when none does. A null value is <c>&lt;null&gt;</c>.</summary>
    public static IReadOnlyDictionary<string, string> Format(object? value, IEnumerable<IOutputFormatter> formatters, OutputFormatContext context)
    {
        ArgumentNullException.ThrowIfNull(formatters);
        ArgumentNullException.ThrowIfNull(context);
        if (value is null)
        {
            return PlainTextFormatter.Of("<null>");
        }

        foreach (var formatter in formatters)
        {
            if (formatter.Format(value, context) is { } data)
            {
                return data;
            }
        }

        return PlainTextFormatter.Of(PlainTextFormatter.TextOf(value));
    }
}
