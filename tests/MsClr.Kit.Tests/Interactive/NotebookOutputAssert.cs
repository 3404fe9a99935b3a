using System.Text.RegularExpressions;
using MsClr.Notebooks.Formatting;

namespace MsClr.Kit.Tests.Interactive;

/// <summary>Checks on HTML that notebook outputs carry: charts that draw offline, tables whose rows show without scripts.</summary>
internal static partial class NotebookOutputAssert
{
    /// <summary>The marker of the inlined plotly.js block (see <c>ChartExport.PlotlyJsBlock</c>).</summary>
    public const string PlotlyJsMarker = "data-msclr-embed=\"plotly.js\"";

    /// <summary>The marker of a chart drawn by <c>ChartExport.NotebookChartHtml</c>.</summary>
    public const string ChartMarker = "<div id=\"msclr-chart-";

    /// <summary>
    /// Fails when <paramref name="html"/> would fetch anything: a script/link/img source, a CDN, requirejs paths. The
    /// inlined plotly.js block is left out: the library itself names URLs it would use only for maps (topojson from
    /// cdn.plot.ly, map tiles), which no kit chart draws.
    /// </summary>
    public static void NoNetwork(string html)
    {
        (html, _) = EmbeddedScripts.Extract(html);
        Assert.Empty(ExternalSource().Matches(html));
        Assert.DoesNotContain("cdn.plot.ly", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("requirejs", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("require.config", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// One notebook's HTML outputs, in order: every chart draws offline, plotly.js comes inlined with the first chart
    /// (exactly once), and no table hides its rows.
    /// </summary>
    public static void ChartsOfflineAndTablesVisible(string notebook, IReadOnlyList<string> htmlOutputs, bool expectCharts)
    {
        var charts = htmlOutputs.Where(h => h.Contains(ChartMarker, StringComparison.Ordinal)).ToList();
        if (expectCharts)
        {
            Assert.True(charts.Count > 0, $"{notebook}: no chart output");
            Assert.Contains(PlotlyJsMarker, charts[0], StringComparison.Ordinal);
            Assert.Contains("plotly.js v2", charts[0], StringComparison.Ordinal);
        }

        Assert.True(htmlOutputs.Sum(h => Regex.Count(h, Regex.Escape(PlotlyJsMarker))) <= 1, $"{notebook}: plotly.js inlined more than once");
        Assert.All(charts, NoNetwork);
        var tables = htmlOutputs.Where(h => h.Contains("<table class=\"msclr-table\"", StringComparison.Ordinal)).ToList();
        Assert.All(tables, t => Assert.DoesNotContain("display: none", t, StringComparison.Ordinal));
        Assert.True(tables.Count == 0 || tables.Any(t => t.Contains("<tr><td", StringComparison.Ordinal)), $"{notebook}: no table shows a row");
    }

    [GeneratedRegex(@"<(script|link|img|iframe)[^>]*\b(src|href)\s*=\s*[""']?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalSource();
}
