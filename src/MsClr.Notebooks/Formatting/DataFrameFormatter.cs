using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Store;

namespace MsClr.Notebooks.Formatting;

/// <summary>A <see cref="DataFrame"/> as an HTML table and an aligned text table (the kit's <see cref="DataFrameFormatting"/>).</summary>
public sealed class DataFrameFormatter : IOutputFormatter
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? Format(object value, OutputFormatContext context) => value is DataFrame frame
        ? new Dictionary<string, string>
        {
            ["text/html"] = DataFrameFormatting.ToHtml(frame),
            ["text/plain"] = DataFrameFormatting.ToText(frame),
        }
        : null;
}
