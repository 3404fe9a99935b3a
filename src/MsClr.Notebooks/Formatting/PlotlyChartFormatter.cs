using Plotly.NET;

namespace MsClr.Notebooks.Formatting;

/// <summary>
/// A Plotly.NET <see cref="GenericChart"/> as <c>GenericChart.toChartHTML</c> (a div and its script). The first chart of
/// a notebook carries plotly.js itself (from Plotly.NET's embedded resource, never the CDN), so the output renders
/// offline; later charts use the <c>window.Plotly</c> it defines.
/// </summary>
public sealed class PlotlyChartFormatter : IOutputFormatter
{
    /// <summary>The <see cref="EmbeddedScripts"/> key of plotly.js.</summary>
    public const string PlotlyJsKey = "plotly.js";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? Format(object value, OutputFormatContext context)
    {
        if (value is not GenericChart chart)
        {
            return null;
        }

        ArgumentNullException.ThrowIfNull(context);
        var library = context.FirstUse(PlotlyJsKey) ? EmbeddedScripts.Block(PlotlyJsKey, PlotlyJs.Source) : "";
        return new Dictionary<string, string>
        {
            ["text/html"] = library + GenericChart.toChartHTML(chart),
            ["text/plain"] = "Plotly.NET chart",
        };
    }
}
