using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MsClr.Kit.Plots;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Plots;

public class FormatsPageTests
{
    private static readonly string Page = FormatsPage.Render(SkeletonFormats.All);

    /// <summary>The page without the inlined plotly.js, whose minified source holds comparisons like <c>a&lt;b</c> and map-attribution links.</summary>
    private static string OutsidePlotly(string page) => page.Replace(ChartExport.PlotlyJs, "", StringComparison.Ordinal);

    /// <summary>The figure drawn into the div with id <paramref name="id"/>, parsed from its script.</summary>
    private static JsonElement ChartFigure(string page, string id)
    {
        var match = Regex.Match(page, $"<div id=\"{Regex.Escape(id)}\" class=\"msclr-chart\"></div>\n<script type=\"text/javascript\">\n\\(function \\(\\) \\{{\n  var figure = (.*);\n  Plotly\\.newPlot\\('{Regex.Escape(id)}',");
        Assert.True(match.Success, $"no chart with id {id}");
        using var document = JsonDocument.Parse(match.Groups[1].Value);
        return document.RootElement.Clone();
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Render_AllBuiltIns_ContainsEveryFormatNameHtmlEscaped()
    {
        foreach (var format in SkeletonFormats.All)
        {
            Assert.Contains(WebUtility.HtmlEncode(format.Name), Page, StringComparison.Ordinal);
        }

        Assert.Contains("ntu-rgb+d", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AllBuiltIns_ContainsEveryJointNameHtmlEscaped()
    {
        foreach (var name in SkeletonFormats.All.SelectMany(f => f.JointNames))
        {
            Assert.Contains(WebUtility.HtmlEncode(name), Page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_AllBuiltIns_DrawsEachFormatsAdjacencyPartitionsNamedByItsJoints()
    {
        var formats = SkeletonFormats.All;

        Assert.Equal(formats.Count, Count(Page, "class=\"msclr-chart\""));
        for (var f = 0; f < formats.Count; f++)
        {
            var traces = ChartFigure(Page, FormatsPage.ChartId(f, formats[f])).GetProperty("data").EnumerateArray().ToArray();
            Assert.Equal(SkeletonGraph.Build(formats[f], GraphStrategy.Spatial).Partitions, traces.Length);
            Assert.All(traces, t =>
            {
                Assert.Equal("heatmap", t.GetProperty("type").GetString());
                Assert.Equal(formats[f].JointNames, t.GetProperty("x").EnumerateArray().Select(e => e.GetString()!));
                Assert.Equal(formats[f].JointNames, t.GetProperty("y").EnumerateArray().Select(e => e.GetString()!));
            });
        }
    }

    [Fact]
    public void Render_OtherStrategy_DrawsItsPartitionCount()
    {
        var page = FormatsPage.Render([SkeletonFormats.Smpl24], GraphStrategy.Uniform);

        var traces = ChartFigure(page, FormatsPage.ChartId(0, SkeletonFormats.Smpl24)).GetProperty("data");
        Assert.Equal(1, traces.GetArrayLength());
    }

    [Fact]
    public void Render_AllBuiltIns_InlinesPlotlyJsExactlyOnceAndLoadsNoScriptFromAUrl()
    {
        Assert.Equal(1, Count(Page, ChartExport.PlotlyJs[..400]));
        Assert.Empty(Regex.Matches(Page, @"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<link", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}", RegexOptions.IgnoreCase), OutsidePlotly(Page));
        Assert.DoesNotContain("@import", Page, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Regex.Matches(OutsidePlotly(Page), @"\b(src|href)\s*=\s*""(?!#)", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Render_HostileNames_AreEscapedInTheTablesAndTheChart()
    {
        var format = new SkeletonFormat("<b>&\"x\"</script>", ["a<b", "c&d"], [new JointPair(0, 1)], 0, [], LengthUnit.Metre);

        var page = OutsidePlotly(FormatsPage.Render([format]));

        Assert.DoesNotContain("<b>&", page, StringComparison.Ordinal);
        Assert.DoesNotContain("a<b", page, StringComparison.Ordinal);
        Assert.Equal(Count(page, "<script"), Count(page, "</script>"));
        Assert.Contains("a&lt;b", page, StringComparison.Ordinal);
        Assert.Contains("c&amp;d", page, StringComparison.Ordinal);
        var heatmap = ChartFigure(page, FormatsPage.ChartId(0, format)).GetProperty("data")[0];
        Assert.Equal(["a<b", "c&d"], heatmap.GetProperty("x").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public void Render_TwoCalls_AreIdentical()
    {
        var again = FormatsPage.Render(SkeletonFormats.All);

        Assert.Equal(Page, again);
    }

    [Fact]
    public void Render_AllBuiltIns_IsACompleteHtmlDocumentWithOneGraphPerFormat()
    {
        Assert.StartsWith("<!DOCTYPE html>", Page, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", Page, StringComparison.Ordinal);
        Assert.Equal(SkeletonFormats.All.Count, Count(Page, "<svg class=\"graph\""));
        Assert.Equal(Count(Page, "<svg"), Count(Page, "</svg>"));
        Assert.DoesNotContain("\r", OutsidePlotly(Page), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SmplX42_MarksIsolatedJointsAsNotConnected()
    {
        var page = FormatsPage.Render([SkeletonFormats.SmplX42]);

        Assert.Contains("not connected to the centre", page, StringComparison.Ordinal);
        Assert.Contains("leyehf, reyehf", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NewPath_CreatesFileAndLeavesNoTemporaryFile()
    {
        using var temp = new TempFolder("formats-page");
        var directory = temp.File("new");
        var path = Path.Combine(directory, "formats.html");

        FormatsPage.Write(path, SkeletonFormats.All);

        Assert.Equal(Page, File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(directory));
    }

    [Fact]
    public void Write_ExistingFile_IsReplacedWholeAndLeavesNoTemporaryFile()
    {
        using var temp = new TempFolder("formats-page");
        var path = temp.File("formats.html");
        File.WriteAllText(path, new string('x', 10_000_000));

        FormatsPage.Write(path, [SkeletonFormats.Smpl24]);

        Assert.Equal(FormatsPage.Render([SkeletonFormats.Smpl24]), File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(temp.Path));
    }
}
