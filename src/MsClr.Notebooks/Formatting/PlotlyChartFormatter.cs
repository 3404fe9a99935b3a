using MsClr.Kit.Plots;
using Plotly.NET;

namespace MsClr.Notebooks.Formatting;

/// <summary>
/// A Plotly.NET <see cref="GenericChart"/> as <see cref="ChartExport.NotebookChartHtml"/>, the same output the kit's
/// formatter gives in the .NET Interactive kernel. The first chart of a notebook carries plotly.js itself
/// (<see cref="ChartExport.PlotlyJsBlock"/>: Plotly.NET's embedded copy, never the CDN, no requirejs needed), so the
/// output renders offline; later charts use the <c>window.Plotly</c> it defines.
/// </summary>
public sealed class PlotlyChartFormatter : IOutputFormatter
{
    /// <summary>The <see cref="EmbeddedScripts"/> key of plotly.js.</summary>
    public const string PlotlyJsKey = ChartExport.PlotlyJsEmbedKey;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? Format(object value, OutputFormatContext context)
    {
        if (value is not GenericChart chart)
        {
            return null;
        }

        ArgumentNullException.ThrowIfNull(context);
        var library = context.FirstUse(PlotlyJsKey) ? ChartExport.PlotlyJsBlock() : "";
        return new Dictionary<string, string>
        {
            ["text/html"] = library + ChartExport.NotebookChartHtml(chart),
            ["text/plain"] = "Plotly.NET chart",
        };
    }
}
