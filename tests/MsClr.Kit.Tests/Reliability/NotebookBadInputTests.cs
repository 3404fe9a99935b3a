using System.Text.Json.Nodes;
using MsClr.Kit.Tests.Cli;
using MsClr.Kit.Tests.Notebooks;
using MsClr.Notebooks.Documents;
using MsClr.Notebooks.Execution;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>Broken notebook files: each is refused with a <see cref="FormatException"/> naming the file, kept as it is
/// with a warning per cell (another .NET kernel), or failed at its first cell (an unknown kernel); none is half run silently.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class NotebookBadInputTests : IDisposable
{
    private readonly string _folder = TestNotebooks.NewFolder();

    [Fact]
    public void Load_TruncatedIpynb_SaysNotValidJsonNamingTheFile()
    {
        var text = TestNotebooks.Ipynb(TestNotebooks.Code("1 + 1")).ToJsonString();
        var path = Path.Combine(_folder, "cut.ipynb");
        File.WriteAllText(path, text[..(text.Length / 2)]);

        var error = Assert.Throws<FormatException>(() => NotebookDocument.Load(path));

        Assert.StartsWith($"{path}: not valid JSON", error.Message);
    }

    [Fact]
    public void Load_IpynbWithoutCells_SaysCellsAreExpectedNamingTheFile()
    {
        var notebook = TestNotebooks.Ipynb(TestNotebooks.Code("1 + 1"));
        notebook.Remove("cells");
        var path = TestNotebooks.Write(_folder, "nocells.ipynb", notebook);

        var error = Assert.Throws<FormatException>(() => NotebookDocument.Load(path));

        Assert.Equal($"{path}: expected nbformat 4 with a 'cells' array", error.Message);
    }

    [Fact]
    public void Load_DibWithInvalidMetaBlock_NamesTheFileAndTheBlock()
    {
        var path = Path.Combine(_folder, "meta.dib");
        File.WriteAllText(path, "#!meta\n\n{\"kernelInfo\": {\n\n#!csharp\n\n1 + 1\n");

        var error = Assert.Throws<FormatException>(() => NotebookDocument.Load(path));

        Assert.StartsWith($"{path}: the #!meta block is not valid JSON", error.Message);
    }

    [Fact]
    public async Task Run_FSharpKernelNotebook_RunsNothingAndWarnsPerCell()
    {
        var result = await NotebookRunner.RunAsync(WriteWithKernelSpec("fsharp.ipynb", "F#", ".net-fsharp"), new RunOptions());

        Assert.True(result.Succeeded);
        Assert.Equal((0, 0), (result.CSharpCells, result.CellsRun));
        Assert.Equal(["cell 1: fsharp cells are not run by the headless runner (kept as they are)", "cell 2: fsharp cells are not run by the headless runner (kept as they are)"],
            result.Warnings);
    }

    [Fact]
    public async Task Run_PythonKernelNotebook_RunsNothingAndWarnsPerCell()
    {
        // A kernelspec language the runner does not know keeps its name instead of being compiled as C#.
        var result = await NotebookRunner.RunAsync(WriteWithKernelSpec("python.ipynb", "python", "python3"), new RunOptions());

        Assert.True(result.Succeeded);
        Assert.Equal((0, 0), (result.CSharpCells, result.CellsRun));
        Assert.Equal(["cell 1: python cells are not run by the headless runner (kept as they are)", "cell 2: python cells are not run by the headless runner (kept as they are)"],
            result.Warnings);
    }

    [Fact]
    public void Load_IpynbWhoseTopLevelIsAnArray_NamesTheFile()
    {
        var path = Path.Combine(_folder, "array.ipynb");
        File.WriteAllText(path, "[1, 2]");

        var error = Assert.Throws<FormatException>(() => NotebookDocument.Load(path));

        Assert.Equal($"{path}: the top level is not a JSON object", error.Message);
    }

    private string WriteWithKernelSpec(string name, string language, string kernel)
    {
        var notebook = TestNotebooks.Ipynb(TestNotebooks.Code("print(1)"), TestNotebooks.Code("print(2)"));
        notebook["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["language"] = language, ["name"] = kernel } };
        foreach (var cell in notebook["cells"]!.AsArray())
        {
            cell!["metadata"] = new JsonObject();
        }

        return TestNotebooks.Write(_folder, name, notebook);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
