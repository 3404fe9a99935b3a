using System.Globalization;
using System.Net;
using System.Text;
using MsClr.Kit.IO;
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
    public static string ChartDivHtml(GenericChart chart) => ChartDivHtml(chart, "msclr-chart-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// The chart as an HTML fragment drawn into the <c>div</c> with id <paramref name="id"/> (see the other overload):
    /// the same chart and id give the same text, for pages that must be byte-for-byte reproducible.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <param name="id">The div id, unique on the page: ASCII letters, digits, <c>-</c> and <c>_</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or holds another character.</exception>
    public static string ChartDivHtml(GenericChart chart, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"a chart id holds ASCII letters, digits, '-' and '_' only, got \"{id}\"", nameof(id));
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
            <div id="{id}" class="msclr-chart"></div>
            <script type="text/javascript">
            (function () {"{"}
              var figure = {ScriptSafeFigureJson(chart)};
              Plotly.newPlot('{id}', figure.data, figure.layout || {"{}"}, {"{"}responsive: true{"}"});
            {"}"})();
            </script>
            """);
    }

    /// <summary>The <c>data-msclr-embed</c> key that marks the inlined plotly.js in notebook outputs (see <see cref="PlotlyJsBlock"/>).</summary>
    public const string PlotlyJsEmbedKey = "plotly.js";

    /// <summary>
    /// plotly.js as one inline script block for a notebook output, marked <c>data-msclr-embed="plotly.js"</c> so a page
    /// holding many outputs can keep one copy. It hides an AMD loader (<c>define</c>, as Jupyter's requirejs provides)
    /// from plotly.js's module wrapper, so <c>window.Plotly</c> is set with or without requirejs on the page.
    /// </summary>
    public static string PlotlyJsBlock() =>
        $"<script type=\"text/javascript\" data-msclr-embed=\"{PlotlyJsEmbedKey}\">(function (define, module, exports) {{\n{PlotlyJs}\n}}).call(window);</script>";

    /// <summary>
    /// The chart as a notebook output fragment: a <c>div</c> and a script that draws the figure JSON with
    /// <c>window.Plotly</c>, waiting (up to 10 s) for it when the output carrying <see cref="PlotlyJsBlock"/> renders later.
    /// No CDN, no requirejs; the same in the .NET Interactive kernel, the headless runner and the report.
    /// </summary>
    public static string NotebookChartHtml(GenericChart chart)
    {
        var figure = ScriptSafeFigureJson(chart);
        var id = "msclr-chart-" + Guid.NewGuid().ToString("N");
        return string.Create(
            CultureInfo.InvariantCulture,
            $$"""
            <div id="{{id}}"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{figure}};
              var tries = 0;
              var draw = function () {
                if (window.Plotly) { window.Plotly.newPlot('{{id}}', figure.data, figure.layout || {}, {responsive: true}); }
                else if (tries++ < 200) { setTimeout(draw, 50); }
                else { document.getElementById('{{id}}').textContent = 'plotly.js did not load: run the notebook\'s first chart cell again.'; }
              };
              draw();
            })();
            </script>
            """);
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
        var figure = ScriptSafeFigureJson(chart);
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

    // JSON holds '<', '>' and '&' only inside strings, where \u escapes mean the same; escaped, no text in a figure
    // (a title, a joint name) can end the inline script early or read as markup.
    private static string ScriptSafeFigureJson(GenericChart chart) => FigureJson(chart)
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal);

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
