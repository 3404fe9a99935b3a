using MsClr.Kit.Tests.Cli;

namespace MsClr.Kit.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public sealed class NotebooksCommandTests : IDisposable
{
    private readonly string folder = TestNotebooks.NewFolder();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Run_PassingFolder_ExitsZeroWithSummaryExecutedCopyAndReport()
    {
        var notebooks = Directory.CreateDirectory(Path.Combine(folder, "in")).FullName;
        TestNotebooks.WriteDib(notebooks, "budget.dib", ("markdown", "# Budget"), ("csharp", "Console.WriteLine(\"running\");\nBudgetName"));
        var output = Path.Combine(folder, "out");

        var (exitCode, stdout, stderr) = CliRun.Invoke("notebooks", "run", notebooks, "--budget", "paper", "--out", output);

        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Contains("budget", stdout);
        Assert.Contains("1/1", stdout);
        Assert.Contains("ok", stdout);
        Assert.DoesNotContain("running", stdout); // the cell's output goes into the notebook, not the terminal
        Assert.Contains("\"paper\"", File.ReadAllText(Path.Combine(output, "budget.ipynb")));
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
    }

    [Fact]
    public void Run_FailingNotebook_ExitsNonZeroNamingTheNotebookAndCell()
    {
        var path = TestNotebooks.WriteDib(folder, "broken.dib", ("csharp", "1"), ("csharp", "throw new InvalidOperationException(\"boom\");"));

        var (exitCode, stdout, stderr) = CliRun.Invoke("notebooks", "run", path, "--out", Path.Combine(folder, "out"));

        Assert.Equal(1, exitCode);
        Assert.Contains("failed: cell 2", stdout);
        Assert.Contains(path, stderr);
        Assert.Contains("cell 2: InvalidOperationException: boom", stderr);
    }

    [Fact]
    public void Run_UnknownBudget_IsRejectedByTheParser()
    {
        var (exitCode, _, _) = CliRun.Invoke("notebooks", "run", folder, "--budget", "huge");

        Assert.NotEqual(0, exitCode);
    }
}
