using System.Text.Json.Nodes;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Cli;
using MsClr.Notebooks.Documents;
using MsClr.Notebooks.Execution;
using MsClr.Notebooks.Formatting;

namespace MsClr.Kit.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public class NotebookRunnerTests(NotebookRunFixture fixture) : IClassFixture<NotebookRunFixture>
{
    private NotebookDocument Main => fixture.Main.Document;

    [Fact]
    public void Run_MainNotebook_RunsEveryCSharpCellInOrder()
    {
        Assert.True(fixture.Main.Succeeded, fixture.Main.Status);
        Assert.Equal(8, fixture.Main.CellsRun);
        Assert.Equal(8, fixture.Main.CSharpCells);
        Assert.Equal([1, null, 2, 3, 4, 5, 6, 7, 8, null], Main.Cells.Select(c => c.ExecutionCount));
    }

    [Fact]
    public void Run_VariableFromAnEarlierCell_IsSeenByLaterCells()
    {
        var result = Main.Cells[3].Outputs.Single(o => o.Kind == NotebookOutputKind.ExecuteResult);

        Assert.Equal("42", result.Data["text/plain"]);
        Assert.Equal(3, result.ExecutionCount);
    }

    [Fact]
    public void Run_StdoutDisplayAndResult_BecomeStreamDisplayDataAndExecuteResultInOrder()
    {
        var outputs = Main.Cells[3].Outputs;

        Assert.Equal([NotebookOutputKind.Stream, NotebookOutputKind.DisplayData, NotebookOutputKind.ExecuteResult], outputs.Select(o => o.Kind));
        Assert.Equal("hello\n", outputs[0].Text);
        Assert.Equal("21", outputs[1].Data["text/plain"]);
        Assert.Contains("<pre>42</pre>", outputs[2].Data["text/html"]);
    }

    [Fact]
    public void Run_BudgetGlobal_ReachesTheCellsAndTheEnvironment()
    {
        var outputs = Main.Cells[5].Outputs;

        Assert.Equal("via extension", outputs[0].Data["text/plain"]);
        Assert.Equal("quick/quick", outputs[1].Data["text/plain"]);
        Assert.Null(Environment.GetEnvironmentVariable(NotebookBudgets.EnvironmentVariable));
    }

    [Fact]
    public void Run_CellUsingTheKit_ReturnsTheKitsValue()
    {
        var result = Assert.Single(Main.Cells[4].Outputs);

        Assert.Equal(SkeletonFormats.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Data["text/plain"]);
    }

    [Fact]
    public void Run_SetupCell_ProvidedPackagesCommentedOutAndVersionMismatchWarned()
    {
        Assert.Empty(Main.Cells[0].Outputs);
        Assert.Contains(fixture.Main.Warnings, w => w.Contains("cell 1", StringComparison.Ordinal) && w.Contains("Plotly.NET 5.0.0", StringComparison.Ordinal) && w.Contains("6.0.0", StringComparison.Ordinal));
        Assert.Contains(fixture.Main.Warnings, w => w.Contains("cell 10: fsharp", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_TwoPlotlyCharts_EmbedPlotlyJsOnceAndNoCdn()
    {
        var charts = new[] { Main.Cells[6], Main.Cells[7] }.Select(c => Assert.Single(c.Outputs).Data["text/html"]).ToArray();

        Assert.Equal(1, charts.Sum(html => Count(html, "plotly.js v2")));
        Assert.StartsWith("<script type=\"text/javascript\" data-msclr-embed=\"plotly.js\">", charts[0]);
        foreach (var html in charts)
        {
            var (chart, _) = EmbeddedScripts.Extract(html);
            Assert.Contains("Plotly.newPlot(", chart);
            Assert.DoesNotContain("http", chart, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script src", chart, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Run_DataFrame_IsAnHtmlTable()
    {
        var html = Assert.Single(Main.Cells[8].Outputs).Data["text/html"];

        Assert.StartsWith("<table", html);
        Assert.Contains("<th>n</th>", html);
    }

    [Fact]
    public void Run_WithOutputFolder_WritesTheIpynbWithOutputsAndLeavesTheInputUnchanged()
    {
        Assert.Equal(fixture.MainBytesBefore, File.ReadAllBytes(fixture.MainPath));
        Assert.Equal(Path.Combine(fixture.OutputFolder, "main.ipynb"), fixture.Main.OutputPath);
        var written = JsonNode.Parse(File.ReadAllText(fixture.Main.OutputPath!))!.AsObject();
        Assert.Equal("kept", written["metadata"]!["custom"]!.GetValue<string>());
        var cells = written["cells"]!.AsArray();
        Assert.Equal(10, cells.Count);
        Assert.Equal(3, cells[3]!["execution_count"]!.GetValue<int>());
        Assert.Equal(3, cells[3]!["outputs"]!.AsArray().Count);
        Assert.Null(cells[1]!["outputs"]);
        Assert.Equal(1, Count(File.ReadAllText(fixture.Main.OutputPath!), "plotly.js v2"));
    }

    [Fact]
    public void Run_WrittenOutputs_HaveThePolyglotJsonShapes()
    {
        var outputs = JsonNode.Parse(File.ReadAllText(fixture.Main.OutputPath!))!["cells"]![3]!["outputs"]!.AsArray();

        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["hello\n"]}""", outputs[0]!.ToJsonString());
        Assert.Equal(["data", "metadata", "output_type"], outputs[1]!.AsObject().Select(p => p.Key));
        Assert.Equal("display_data", outputs[1]!["output_type"]!.GetValue<string>());
        Assert.Equal("""["21"]""", outputs[1]!["data"]!["text/plain"]!.ToJsonString());
        Assert.Equal(["data", "execution_count", "metadata", "output_type"], outputs[2]!.AsObject().Select(p => p.Key));
        Assert.Equal("""["42"]""", outputs[2]!["data"]!["text/plain"]!.ToJsonString());
        Assert.Equal(3, outputs[2]!["execution_count"]!.GetValue<int>());
        Assert.Equal("{}", outputs[2]!["metadata"]!.ToJsonString());
    }

    private static int Count(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
