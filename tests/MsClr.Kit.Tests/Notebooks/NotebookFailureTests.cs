using System.Text.Json.Nodes;
using MsClr.Kit.Tests.Cli;
using MsClr.Notebooks.Documents;
using MsClr.Notebooks.Execution;

namespace MsClr.Kit.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public sealed class NotebookFailureTests : IDisposable
{
    private readonly string folder = TestNotebooks.NewFolder();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Run_ThrowingCell_StopsTheNotebookAtThatCell()
    {
        var path = FailingDib();

        var result = await NotebookRunner.RunAsync(path, new RunOptions { OutputDirectory = Path.Combine(folder, "out") });

        Assert.False(result.Succeeded);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(3, failure.CellNumber);
        Assert.Equal("InvalidOperationException", failure.ErrorName);
        Assert.Equal("boom", failure.Message);
        Assert.Equal("failed: cell 3: InvalidOperationException: boom", result.Status);
        Assert.Equal(2, result.CellsRun);
        Assert.Null(result.Document.Cells[3].ExecutionCount);
        Assert.Empty(result.Document.Cells[3].Outputs);
    }

    [Fact]
    public async Task Run_ThrowingCell_WritesAnErrorOutputWithTheNbformatShape()
    {
        var result = await NotebookRunner.RunAsync(FailingDib(), new RunOptions { OutputDirectory = Path.Combine(folder, "out") });

        var error = JsonNode.Parse(File.ReadAllText(result.OutputPath!))!["cells"]![2]!["outputs"]![0]!.AsObject();
        Assert.Equal(["ename", "evalue", "output_type", "traceback"], error.Select(p => p.Key));
        Assert.Equal("InvalidOperationException", error["ename"]!.GetValue<string>());
        Assert.Equal("boom", error["evalue"]!.GetValue<string>());
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        var traceback = error["traceback"]!.AsArray().Select(line => line!.GetValue<string>()).ToList();
        Assert.Equal("System.InvalidOperationException: boom", traceback[0]);
        Assert.Contains(traceback, line => line.Contains("cell 3:line 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_ContinueOnError_RunsLaterCellsWithTheEarlierState()
    {
        var result = await NotebookRunner.RunAsync(FailingDib(), new RunOptions { ContinueOnError = true });

        Assert.Equal(3, result.CellsRun);
        Assert.Equal(3, Assert.Single(result.Failures).CellNumber);
        Assert.Equal("2", result.Document.Cells[3].Outputs.Single().Data["text/plain"]);
    }

    [Fact]
    public async Task Run_CompilationError_ReportsTheDiagnosticWithTheCell()
    {
        var path = TestNotebooks.WriteDib(folder, "typo.dib", ("csharp", "var a = 1;"), ("csharp", "a + undefinedName"));

        var result = await NotebookRunner.RunAsync(path, new RunOptions());

        var failure = Assert.Single(result.Failures);
        Assert.Equal(2, failure.CellNumber);
        Assert.Equal("CompilationErrorException", failure.ErrorName);
        Assert.Contains("cell 2(1,5): error CS0103", failure.Message);
    }

    [Fact]
    public async Task Run_UnknownNuGetPackage_FailsNamingTheCellAndThePackage()
    {
        var notebook = TestNotebooks.Ipynb(TestNotebooks.Markdown("# setup"), TestNotebooks.Code("#r \"nuget: Humanizer.Core, 2.14.1\"\n\"x\".Humanize()"));
        var path = TestNotebooks.Write(folder, "unknown.ipynb", notebook);

        var result = await NotebookRunner.RunAsync(path, new RunOptions());

        var failure = Assert.Single(result.Failures);
        Assert.Equal(2, failure.CellNumber);
        Assert.Contains("Humanizer.Core", failure.Message);
        Assert.Contains("cell 2", failure.Message);
        Assert.Equal(NotebookOutputKind.Error, Assert.Single(result.Document.Cells[1].Outputs).Kind);
    }

    [Fact]
    public async Task Run_UnknownBudget_ThrowsListingTheBudgets()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => NotebookRunner.RunAsync(FailingDib(), new RunOptions { Budget = "huge" }));

        Assert.Contains("smoke, quick, paper", error.Message);
    }

    [Fact]
    public async Task Run_NotANotebook_FailsAtCellZeroWithTheReason()
    {
        var path = Path.Combine(folder, "broken.ipynb");
        await File.WriteAllTextAsync(path, "not json");

        var result = await NotebookRunner.RunAsync(path, new RunOptions());

        Assert.Equal(0, Assert.Single(result.Failures).CellNumber);
        Assert.Contains("broken.ipynb", result.Status);
    }

    private string FailingDib() => TestNotebooks.WriteDib(folder, "failing.dib",
        ("csharp", "var a = 1;"), ("markdown", "# middle"), ("csharp", "throw new InvalidOperationException(\"boom\");"), ("csharp", "a + 1"));
}
