using MsClr.Kit.Tests.Cli;
using MsClr.Notebooks.Documents;
using MsClr.Notebooks.Execution;

namespace MsClr.Kit.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public class DisplayUpdateTests
{
    [Fact]
    public async Task Update_DisplayHandle_ReplacesTheShownValueInPlace()
    {
        var folder = TestNotebooks.NewFolder();
        var path = TestNotebooks.WriteDib(folder, "progress.dib",
            ("csharp", "var shown = display(\"starting\");\nConsole.WriteLine(\"between\");\nshown.Update(\"epoch 2/2\");"),
            ("csharp", "var view = MsClr.Kit.Training.Pretraining.TrainingProgressView.Showing(shown.Update);\nview.Line ?? \"none\""));

        var result = await NotebookRunner.RunAsync(path, new RunOptions { Budget = "smoke", OutputDirectory = Path.Combine(folder, "out") });

        Assert.True(result.Succeeded, string.Join("; ", result.Failures.Select(f => f.Message)));
        var outputs = result.Document.Cells.First(c => c.IsCSharp).Outputs;
        Assert.Equal([NotebookOutputKind.DisplayData, NotebookOutputKind.Stream], outputs.Select(o => o.Kind));
        Assert.Contains("epoch 2/2", outputs[0].Data["text/plain"]);
    }
}
