using MsClr.Kit.Runtime;
using MsClr.Notebooks.Execution;

namespace MsClr.Kit.Tests.Notebooks;

/// <summary>Runs the notebooks once, with the data and runs roots in a temp folder shared by all of them.</summary>
public sealed class NotebookSmokeFixture : IAsyncLifetime
{
    private readonly string? previousData = Environment.GetEnvironmentVariable(KitEnvironment.DataVariable);
    private readonly string? previousRuns = Environment.GetEnvironmentVariable(KitEnvironment.RunsVariable);

    /// <summary>The temp folder holding data/, runs/ and the executed copies in out/.</summary>
    public string Folder { get; } = TestNotebooks.NewFolder();

    /// <summary>The data root the notebooks ran with.</summary>
    public string DataRoot => Path.Combine(Folder, "data");

    /// <summary>The runs root the notebooks ran with.</summary>
    public string RunsRoot => Path.Combine(Folder, "runs");

    /// <summary>Each notebook's result by name.</summary>
    public Dictionary<string, NotebookResult> Results { get; } = [];

    /// <summary>The committed notebook called <paramref name="name"/>.</summary>
    public static string PathOf(string name) => Path.Combine(KitEnvironment.RepositoryRoot, "notebooks", name + ".ipynb");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable(KitEnvironment.DataVariable, DataRoot);
        Environment.SetEnvironmentVariable(KitEnvironment.RunsVariable, RunsRoot);
        foreach (var name in NotebookSmokeTests.NotebookNames)
        {
            Results[name] = await NotebookRunner.RunAsync(PathOf(name), new RunOptions { Budget = "smoke", OutputDirectory = Path.Combine(Folder, "out") });
        }
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(KitEnvironment.DataVariable, previousData);
        Environment.SetEnvironmentVariable(KitEnvironment.RunsVariable, previousRuns);
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
