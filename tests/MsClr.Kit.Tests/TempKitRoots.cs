using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests;

/// <summary>Points <c>MSCLR_DATA</c> and <c>MSCLR_RUNS</c> at a fresh temp folder until disposed, then restores them and deletes it.</summary>
public sealed class TempKitRoots : IDisposable
{
    private readonly string? previousData = Environment.GetEnvironmentVariable(KitEnvironment.DataVariable);
    private readonly string? previousRuns = Environment.GetEnvironmentVariable(KitEnvironment.RunsVariable);

    /// <summary>Sets both variables.</summary>
    public TempKitRoots()
    {
        Directory.CreateDirectory(Folder);
        Environment.SetEnvironmentVariable(KitEnvironment.DataVariable, Path.Combine(Folder, "data"));
        Environment.SetEnvironmentVariable(KitEnvironment.RunsVariable, Path.Combine(Folder, "runs"));
    }

    /// <summary>The temp folder holding <c>data/</c> and <c>runs/</c>.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"msclr-roots-{Guid.NewGuid():N}");

    /// <inheritdoc />
    public void Dispose()
    {
        Environment.SetEnvironmentVariable(KitEnvironment.DataVariable, previousData);
        Environment.SetEnvironmentVariable(KitEnvironment.RunsVariable, previousRuns);
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
