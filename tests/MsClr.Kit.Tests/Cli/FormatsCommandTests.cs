using System.Text.Json;
using MsClr.Kit.Plots;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class FormatsCommandTests
{
    [Fact]
    public void Formats_NoArguments_ListsEveryBuiltInWithJointsEdgesCentreAndUnit()
    {
        var (exitCode, output, _) = CliRun.Invoke("formats");

        Assert.Equal(0, exitCode);
        foreach (var format in SkeletonFormats.All)
        {
            var row = output.Split('\n').Single(line => line.Contains($" {format.Name} ", StringComparison.Ordinal));
            Assert.Contains($" {format.JointCount} ", row);
            Assert.Contains($" {format.Edges.Count} ", row);
            Assert.Contains($"{format.Center} ({format.JointNames[format.Center]})", row);
            Assert.Contains($" {format.NativeUnit.Symbol()} ", row);
        }
    }

    [Theory]
    [InlineData("spatial", 3)]
    [InlineData("uniform", 1)]
    [InlineData("distance", 2)]
    public void ShowJson_SmplX42_PrintsTheFormatAndItsAdjacency(string strategy, int partitions)
    {
        var (exitCode, output, _) = CliRun.Invoke("formats", "show", "smplx_42", "--json", "--strategy", strategy);

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        var format = SkeletonFormats.SmplX42;
        var expected = SkeletonGraph.Build(format, Enum.Parse<GraphStrategy>(strategy, ignoreCase: true));
        Assert.Equal("smplx_42", root.GetProperty("name").GetString());
        Assert.Equal(format.JointNames, root.GetProperty("joints").EnumerateArray().Select(j => j.GetString()));
        Assert.Equal(format.Edges.Select(e => new[] { e.First, e.Second }), root.GetProperty("edges").EnumerateArray().Select(e => e.EnumerateArray().Select(i => i.GetInt32()).ToArray()));
        Assert.Equal(9, root.GetProperty("center").GetInt32());
        var a = root.GetProperty("A");
        Assert.Equal(partitions, a.GetArrayLength());
        for (var k = 0; k < partitions; k++)
        {
            for (var j = 0; j < 42; j++)
            {
                var row = a[k][j].EnumerateArray().Select(x => x.GetSingle()).ToArray();
                Assert.Equal(42, row.Length);
                for (var i = 0; i < 42; i++)
                {
                    Assert.Equal(expected[k, j, i], row[i]);
                }
            }
        }
    }

    [Fact]
    public void Show_CustomJsonPath_UsesTheFile()
    {
        using var temp = new TempFolder("cli");
        var path = temp.File("cli.json");
        File.WriteAllText(path, """{"name": "pair", "joints": ["a", "b"], "edges": [["a", "b"]], "center": "a", "unit": "m"}""");

        var (exitCode, output, _) = CliRun.Invoke("formats", "show", path, "--json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("pair", document.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Show_UnknownFormat_FailsWithExitCode2AndTheKnownNames()
    {
        var (exitCode, _, error) = CliRun.Invoke("formats", "show", "coco_17");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown skeleton format 'coco_17'", error);
        Assert.Contains("berkeley_mhad_43", error);
    }

    [Fact]
    public void Html_OutPath_WritesAnOfflinePageNamingEveryFormat()
    {
        using var directory = new TempFolder("cli");
        var path = Path.Combine(directory.Path, "page.html");

        var (exitCode, _, _) = CliRun.Invoke("formats", "html", "--out", path);

        Assert.Equal(0, exitCode);
        var html = File.ReadAllText(path);
        Assert.All(SkeletonFormats.All, f => Assert.Contains(System.Net.WebUtility.HtmlEncode(f.Name), html));
        // plotly.js is inlined and carries map-attribution links as strings; nothing else names a network address.
        Assert.Contains(ChartExport.PlotlyJs, html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html.Replace(ChartExport.PlotlyJs, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=", html, StringComparison.Ordinal);
    }
}
