using System.Net;
using System.Text.RegularExpressions;
using MsClr.Kit.Reporting;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Reporting;

public class FormatsPageTests
{
    private static readonly string Page = FormatsPage.Render(SkeletonFormats.All);

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
    public void Render_HostileNames_AreEscaped()
    {
        var format = new SkeletonFormat("<b>&\"x\"", ["a<b", "c&d"], [new JointPair(0, 1)], 0, [], LengthUnit.Metre);

        var page = FormatsPage.Render([format]);

        Assert.DoesNotContain("<b>&", page, StringComparison.Ordinal);
        Assert.DoesNotContain("a<b", page, StringComparison.Ordinal);
        Assert.Contains("a&lt;b", page, StringComparison.Ordinal);
        Assert.Contains("c&amp;d", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AllBuiltIns_ReferencesNoExternalUrl()
    {
        Assert.DoesNotContain("http://", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//cdn", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", Page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", Page, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Regex.Matches(Page, @"\b(src|href)\s*=\s*""(?!#)", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Render_AllBuiltIns_HasOneGraphAndKHeatmapsPerFormat()
    {
        var expected = SkeletonFormats.All.Sum(f => 1 + SkeletonGraph.Build(f, GraphStrategy.Spatial).Partitions);

        Assert.Equal(expected, Regex.Matches(Page, "<svg").Count);
        Assert.Equal(SkeletonFormats.All.Count, Regex.Matches(Page, "<svg class=\"graph\"").Count);
        Assert.Equal(3 * SkeletonFormats.All.Count, Regex.Matches(Page, "<svg class=\"heatmap\"").Count);
    }

    [Fact]
    public void Render_OtherStrategy_DrawsItsPartitionCount()
    {
        var page = FormatsPage.Render([SkeletonFormats.Smpl24], GraphStrategy.Uniform);

        Assert.Equal(1 + 1, Regex.Matches(page, "<svg").Count);
    }

    [Fact]
    public void Render_TwoCalls_AreIdentical()
    {
        var again = FormatsPage.Render(SkeletonFormats.All);

        Assert.Equal(Page, again);
    }

    [Fact]
    public void Render_AllBuiltIns_IsACompleteHtmlDocument()
    {
        Assert.StartsWith("<!DOCTYPE html>", Page, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", Page, StringComparison.Ordinal);
        Assert.Equal(Regex.Matches(Page, "<svg").Count, Regex.Matches(Page, "</svg>").Count);
        Assert.DoesNotContain("\r", Page, StringComparison.Ordinal);
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
}
