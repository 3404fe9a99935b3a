using System.Globalization;
using System.Net;
using System.Text;
using Plotly.NET;

namespace MsClr.Kit.Plots;

/// <summary>
/// Offline output of Plotly charts: standalone HTML pages with plotly.js embedded (never the CDN, which renders blank
/// offline), chart fragments for pages that load plotly.js once, the figure JSON, and PNG through headless Chromium.
/// </summary>
/// <remarks>None of these methods changes the chart it is given.</remarks>
public static class ChartExport
{
    private static readonly Lazy<string> PlotlyJsText = new(ReadPlotlyJs);

    /// <summary>The plotly.js source built into Plotly.NET (v2.28.0, about 3.6 MB), for pages that embed it once.</summary>
    public static string PlotlyJs => PlotlyJsText.Value;

    /// <summary>The chart's figure as Plotly JSON (<c>{"data": [...], "layout": {...}, "frames": []}</c>); the same chart gives the same text.</summary>
    public static string FigureJson(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return GenericChart.toFigureJson(chart);
    }

    /// <summary>
    /// The chart as an HTML fragment (a <c>div</c> and the script that draws into it) without plotly.js: the page must
    /// have loaded <see cref="PlotlyJs"/> before. The div id is random, so two fragments never collide on one page.
    /// </summary>
    public static string ChartDivHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return GenericChart.toChartHTML(chart);
    }

    /// <summary>A complete HTML5 page that shows the chart offline: plotly.js inline, exactly once, and no external URL.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="title">The page title (HTML-encoded here).</param>
    public static string ToStandaloneHtml(GenericChart chart, string title = "Chart")
    {
        ArgumentNullException.ThrowIfNull(title);
        return Page(title, ChartDivHtml(chart));
    }

    /// <summary>Writes <see cref="ToStandaloneHtml"/> atomically to <paramref name="path"/> (UTF-8); missing directories are created.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="path">Target file, typically ending in <c>.html</c>.</param>
    /// <param name="title">The page title; the file name without extension when omitted.</param>
    public static void SaveHtml(GenericChart chart, string path, string? title = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.WriteAllText(path, ToStandaloneHtml(chart, title ?? Path.GetFileNameWithoutExtension(path)));
    }

    /// <summary>
    /// Renders the chart to a PNG of <paramref name="width"/> × <paramref name="height"/> pixels with headless Chromium,
    /// when a <c>chromium</c> executable is on PATH, and writes it atomically to <paramref name="path"/>.
    /// </summary>
    /// <returns><c>true</c> when the PNG was written; <c>false</c> when no Chromium was found.</returns>
    /// <exception cref="TimeoutException">Chromium ran longer than <paramref name="timeout"/> (60 s by default); it is killed.</exception>
    /// <exception cref="InvalidOperationException">Chromium ran but wrote no screenshot; the message holds the end of its output.</exception>
    public static bool TrySavePng(GenericChart chart, string path, int width = 900, int height = 600, TimeSpan? timeout = null) =>
        TrySavePng(chart, path, width, height, timeout, Environment.GetEnvironmentVariable("PATH"));

    /// <summary><see cref="TrySavePng(GenericChart, string, int, int, TimeSpan?)"/> with the executable search path given (tests use an empty one).</summary>
    internal static bool TrySavePng(GenericChart chart, string path, int width, int height, TimeSpan? timeout, string? searchPath)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 16);
        var chromium = ChromiumScreenshot.Find(searchPath);
        if (chromium is null)
        {
            return false;
        }

        var png = ChromiumScreenshot.Capture(chromium, PngPage(chart, width, height), width, height, timeout ?? TimeSpan.FromSeconds(60));
        AtomicFile.Write(path, stream => stream.Write(png));
        return true;
    }

    /// <summary>
    /// A page drawing the chart's figure at a fixed size without the mode bar (not as a static plot: that leaves 3D
    /// scenes blank in headless Chromium). It is built from the figure JSON rather than by
    /// resizing the chart, because Plotly.NET charts are mutable and the caller's chart must stay as it is.
    /// </summary>
    internal static string PngPage(GenericChart chart, int width, int height)
    {
        // "</" inside a JSON string would end the inline script early.
        var figure = FigureJson(chart).Replace("</", "<\\/", StringComparison.Ordinal);
        var script = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            <div id="msclr-png"></div>
            <script type="text/javascript">
            var figure = {figure};
            figure.layout = figure.layout || {"{}"};
            figure.layout.width = {width};
            figure.layout.height = {height};
            Plotly.newPlot('msclr-png', figure.data, figure.layout, {"{"}displayModeBar: false{"}"});
            </script>
            """);
        return Page("PNG export", script);
    }

    private static string Page(string title, string body)
    {
        var html = new StringBuilder(PlotlyJs.Length + body.Length + 512);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append("<style>body{margin:0;background:#fff}</style>\n")
            .Append("<script type=\"text/javascript\" charset=\"utf-8\">\n").Append(PlotlyJs).Append("\n</script>\n")
            .Append("</head>\n<body>\n").Append(body).Append("\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string ReadPlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} {assembly.GetName().Version} has no embedded plotly-*.min.js resource");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
