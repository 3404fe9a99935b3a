using System.Text.Json.Nodes;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Tests.Cli;
using MsClr.Kit.Tests.Interactive;
using MsClr.Kit.Tests.Reliability;

namespace MsClr.Kit.Tests.Notebooks;

/// <summary>Runs every teaching notebook of <c>notebooks/</c> at the smoke budget and checks the committed files.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class NotebookSmokeTests(NotebookSmokeFixture fixture) : IClassFixture<NotebookSmokeFixture>
{
    /// <summary>The notebooks this suite owns, in teaching order.</summary>
    public static readonly string[] NotebookNames = ["00-setup", "f3-skeleton-formats", "01-data", "02-pretraining", "t1-aimclr-vs-ms-aimclr", "t2t3-comparison", "t4-components", "f4-number-of-formats", "f5-per-class-gains", "playground-formats", "s1-budget-study"];

    /// <summary>The notebooks without a chart cell.</summary>
    private static readonly string[] WithoutCharts = ["00-setup", "01-data"];

    /// <summary><see cref="NotebookNames"/> as theory data.</summary>
    public static TheoryData<string> Names => [.. NotebookNames];

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_EachTeachingNotebookAtSmoke_SucceedsWithEveryCellRun(string name)
    {
        var result = fixture.Results[name];
        Assert.True(result.Succeeded, $"{name}: {result.Status}");
        Assert.Equal(result.CSharpCells, result.CellsRun);
        Assert.Empty(result.Warnings); // package versions in the first cell match Directory.Packages.props
        Assert.True(result.CSharpCells >= 3, $"{name}: only {result.CSharpCells} C# cells");
        var outputs = result.Document.Cells.SelectMany(c => c.Outputs).ToList();
        Assert.DoesNotContain(outputs, o => o.ErrorName is not null);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_EachTeachingNotebookAtSmoke_DrawsChartsOfflineAndShowsTableRows(string name)
    {
        var html = fixture.Results[name].Document.Cells.SelectMany(c => c.Outputs)
            .Select(o => o.Data.TryGetValue("text/html", out var h) ? h : null).OfType<string>().ToList();

        NotebookOutputAssert.ChartsOfflineAndTablesVisible(name, html, expectCharts: !WithoutCharts.Contains(name));
    }

    /// <summary>
    /// The second pass CI makes: every notebook through Jupyter on the .NET Interactive kernel (the stock
    /// Microsoft.dotnet-interactive tool that scripts/setup.sh installs), reusing the trained runs of the headless pass.
    /// Zero failed cells, charts drawn offline by the kit's formatter, DataFrames as tables whose rows show.
    /// </summary>
    [SlowFact]
    [Trait("Category", "Slow")]
    public void Jupyter_EveryNotebookOnTheDotNetInteractiveKernel_RunsEveryCellWithOfflineCharts()
    {
        var output = Path.Combine(fixture.Folder, "jupyter");
        var environment = new Dictionary<string, string>
        {
            ["MSCLR_BUDGET"] = "smoke",
            [MsClr.Kit.Runtime.KitEnvironment.DataVariable] = fixture.DataRoot,
            [MsClr.Kit.Runtime.KitEnvironment.RunsVariable] = fixture.RunsRoot,
            ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1",
        };

        var (exitCode, log) = JupyterKernelRun.Execute(NotebookNames.Select(NotebookSmokeFixture.PathOf), output, environment, TimeSpan.FromMinutes(25));

        Assert.True(exitCode == 0, $"jupyter nbconvert exited {exitCode}:\n{log}");
        foreach (var name in NotebookNames)
        {
            var outputs = JupyterKernelRun.Outputs(Path.Combine(output, name + ".ipynb"));
            Assert.DoesNotContain(outputs, o => (string?)o["output_type"] == "error");
            Assert.Equal(fixture.Results[name].CSharpCells, outputs.Count(o => (string?)o["output_type"] == "execute_result"));
            NotebookOutputAssert.ChartsOfflineAndTablesVisible(name, JupyterKernelRun.Html(outputs), expectCharts: !WithoutCharts.Contains(name));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CommittedNotebook_AnyOf_HasNoOutputsPolyglotMetadataAndOneBudgetRead(string name)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(NotebookSmokeFixture.PathOf(name)))!.AsObject();
        Assert.Equal(4, (int)notebook["nbformat"]!);
        Assert.Equal(5, (int)notebook["nbformat_minor"]!);
        var metadata = notebook["metadata"]!;
        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]!["name"]);
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        var cells = notebook["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal(cells.Count, cells.Select(c => (string?)c["id"]).Distinct().Count());
        var code = cells.Where(c => (string?)c["cell_type"] == "code").ToList();
        Assert.All(code, c =>
        {
            Assert.Empty(c["outputs"]!.AsArray());
            Assert.Null(c["execution_count"]);
            Assert.Equal("csharp", (string?)c["metadata"]!["polyglot_notebook"]!["kernelName"]);
        });
        var first = string.Concat(code[0]["source"]!.AsArray().Select(l => (string?)l));
        Assert.Contains("#r \"../src/MsClr.Kit/bin/Release/net10.0/MsClr.Kit.dll\"", first, StringComparison.Ordinal);
        Assert.Contains("var budget = MsClr.Kit.Experiments.Budget.FromRun(\"quick\");", first, StringComparison.Ordinal);
        var budgetReads = code.Count(c => string.Concat(c["source"]!.AsArray().Select(l => (string?)l)).Contains("Budget.FromRun", StringComparison.Ordinal));
        Assert.Equal(1, budgetReads);
    }

    [Fact]
    public void Run_TableNotebooks_RecordThe3sFusionsSoTheStoreViewFillsThem()
    {
        var store = new ResultsStore(fixture.RunsRoot);

        foreach (var (table, row) in new[] { (PaperTables.Table1, "3s-AimCLR (j+m+b)"), (PaperTables.Table1, "3s-MS-AimCLR ‡ (j+m+b)"), (PaperTables.Table2, "3s-MS-AimCLR ‡") })
        {
            var view = PaperTableView.Build(table, store, Budget.Smoke, useSynthetic: true);
            var fused = Enumerable.Range(0, (int)view.Rows.Count)
                .Where(i => (string)view["row"][i] == row && ((string)view["column"][i]).EndsWith("xsub", StringComparison.Ordinal))
                .Select(i => (double?)view["ours (%)"][i])
                .ToArray();
            Assert.NotEmpty(fused);
            Assert.DoesNotContain(null, fused); // the notebooks measure the subject splits and record their fusions
        }

        Assert.Empty(StreamFusionRecorder.Record(fixture.RunsRoot, PaperTables.Table3, Budget.Smoke, useSynthetic: true));
    }

    [Fact]
    public void Run_WithEnvironmentRoots_WritesDataAndRunsThere()
    {
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fixture.DataRoot, SyntheticStore.Dataset(Budget.Smoke.SyntheticData())), "*.parquet"));
        Assert.NotEmpty(Directory.GetDirectories(fixture.RunsRoot));
    }
}
