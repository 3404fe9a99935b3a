using MsClr.Notebooks.Execution;

namespace MsClr.Kit.Tests.Notebooks;

/// <summary>
/// Runs one notebook that exercises most of the runner once per test class (Roslyn's first compile costs about a
/// second, a Plotly chart cell half a second), writing it into its own temp folder.
/// </summary>
public sealed class NotebookRunFixture : IAsyncLifetime
{
    /// <summary>Cells of main.ipynb, 1-based numbers in the comments.</summary>
    public static readonly string[] MainCells =
    [
        "#r \"nuget: Plotly.NET, 5.0.0\"\n#r \"nuget: Microsoft.Data.Analysis\"\n#r \"../src/MsClr.Kit/bin/Debug/net10.0/MsClr.Kit.dll\"\nusing MsClr.Kit.Skeletons;\nvar budget = BudgetName;", // 1
        "# Results\n\nSome `code` and a [paper](https://arxiv.org/abs/2508.14889).", // 2 (markdown)
        "var x = 20;", // 3
        "Console.WriteLine(\"hello\");\ndisplay(x + 1);\nx * 2 + 2", // 4
        "SkeletonFormats.All.Count", // 5
        "\"via extension\".Display();\n$\"{budget}/{Environment.GetEnvironmentVariable(\"MSCLR_BUDGET\")}\"", // 6
        "Plotly.NET.CSharp.Chart.Line<int, double, string>(x: new[] { 1, 2, 3 }, y: new[] { 0.5, 0.25, 0.125 })", // 7
        "Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 3, 5 }, new[] { \"a\", \"b\" })", // 8
        "new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.Int32DataFrameColumn(\"n\", new[] { 1, 2 }))", // 9
        "let y = 2", // 10 (fsharp, skipped)
    ];

    public string Folder { get; } = TestNotebooks.NewFolder();

    public string OutputFolder => Path.Combine(Folder, "out");

    public string MainPath => Path.Combine(Folder, "main.ipynb");

    public byte[] MainBytesBefore { get; private set; } = [];

    public NotebookResult Main { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var cells = MainCells.Select((source, i) => i switch
        {
            1 => TestNotebooks.Markdown(source),
            9 => TestNotebooks.Code(source, "fsharp"),
            _ => TestNotebooks.Code(source),
        }).ToArray();
        TestNotebooks.Write(Folder, "main.ipynb", TestNotebooks.Ipynb(cells));
        MainBytesBefore = await File.ReadAllBytesAsync(MainPath);
        Main = await NotebookRunner.RunAsync(MainPath, new RunOptions { Budget = "quick", OutputDirectory = OutputFolder });
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
