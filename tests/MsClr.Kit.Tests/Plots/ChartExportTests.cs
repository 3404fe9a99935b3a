using System.Text.RegularExpressions;
using MsClr.Kit.Plots;
using Plotly.NET;

namespace MsClr.Kit.Tests.Plots;

public class ChartExportTests
{
    private static GenericChart Chart() => PaperComparisonChart.Build("Table 1", [new("a", 80, 81), new("b", null, 70)]);

    private static int Count(string text, string part)
    {
        var (count, index) = (0, 0);
        while ((index = text.IndexOf(part, index, StringComparison.Ordinal)) >= 0)
        {
            (count, index) = (count + 1, index + part.Length);
        }

        return count;
    }

    [Fact]
    public void PlotlyJs_Always_IsTheBundledMinifiedLibrary()
    {
        Assert.StartsWith("/**", ChartExport.PlotlyJs, StringComparison.Ordinal);
        Assert.Contains("plotly.js v2", ChartExport.PlotlyJs[..200], StringComparison.Ordinal);
        Assert.True(ChartExport.PlotlyJs.Length > 1_000_000);
    }

    [Fact]
    public void ToStandaloneHtml_Chart_EmbedsPlotlyJsExactlyOnceAndNoExternalScript()
    {
        var html = ChartExport.ToStandaloneHtml(Chart(), "Table <1>");

        Assert.Equal(1, Count(html, ChartExport.PlotlyJs[..400]));
        Assert.DoesNotContain("<script src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Regex.Matches(html, @"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase));
        Assert.Contains("<title>Table &lt;1&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot(", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartDivHtml_Chart_HasNoPlotlyJsAndNoExternalScript()
    {
        var html = ChartExport.ChartDivHtml(Chart());

        Assert.Equal(0, Count(html, ChartExport.PlotlyJs[..400]));
        Assert.Empty(Regex.Matches(html, @"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase));
        Assert.Contains("Plotly.newPlot(", html, StringComparison.Ordinal);
        Assert.True(html.Length < 100_000);
    }

    [Fact]
    public void ChartDivHtml_GivenId_SameChartGivesTheSameTextAndNoMarkupFromTheFigure()
    {
        var chart = PaperComparisonChart.Build("Table </script><b>&", [new("a<b", 80, 81)]);

        var html = ChartExport.ChartDivHtml(chart, "chart-1");

        Assert.Equal(html, ChartExport.ChartDivHtml(chart, "chart-1"));
        Assert.StartsWith("<div id=\"chart-1\"", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "</script>"));
        Assert.Equal(0, Count(html, "a<b") + Count(html, "<b>"));
        Assert.Throws<ArgumentException>(() => ChartExport.ChartDivHtml(chart, "x'); alert(1); ('"));
    }

    [Fact]
    public void SaveHtml_NewDirectory_WritesTheStandalonePageAndLeavesNoTemporaryFile()
    {
        using var directory = new TempFolder("plots");
        var path = Path.Combine(directory.Path, "out", "table1.html");

        ChartExport.SaveHtml(Chart(), path);

        var html = File.ReadAllText(path);
        Assert.Contains("<title>table1</title>", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, ChartExport.PlotlyJs[..400]));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Export_Chart_DoesNotChangeTheChart()
    {
        var chart = Chart();
        var before = ChartExport.FigureJson(chart);

        _ = ChartExport.ToStandaloneHtml(chart);
        _ = ChartExport.PngPage(chart, 300, 200);

        Assert.Equal(before, ChartExport.FigureJson(chart));
    }

    [Fact]
    public void PngPage_LabelWithClosingScriptTag_IsEscaped()
    {
        var page = ChartExport.PngPage(PaperComparisonChart.Build("</script><b>", [new("x", 1, 2)]), 300, 200);

        Assert.DoesNotContain("</script><b>", page, StringComparison.Ordinal);
        Assert.Contains("figure.layout.width = 300;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void TrySavePng_NoChromiumOnThePath_ReturnsFalseAndWritesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"msclr-{Guid.NewGuid():N}.png");

        Assert.False(ChartExport.TrySavePng(Chart(), path, 400, 300, null, searchPath: ""));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void TrySavePng_DefaultPath_WritesAPngWhenChromiumExistsOtherwiseReturnsFalse()
    {
        using var directory = new TempFolder("png-test");
        var path = Path.Combine(directory.Path, "chart.png");
        var hasChromium = ChromiumScreenshot.Find(Environment.GetEnvironmentVariable("PATH")) is not null;

        var written = ChartExport.TrySavePng(Chart(), path, 400, 300);

        Assert.Equal(hasChromium, written);
        if (written)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.True(bytes.Length > 2_000, $"PNG of {bytes.Length} bytes looks blank");
        }
    }
}
