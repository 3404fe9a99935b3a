namespace MsClr.Kit.Tests;

/// <summary>
/// A private temporary folder, deleted with everything in it on <see cref="Dispose"/>: <c>using var temp = new TempFolder();</c>
/// in a test, or a field of a test class that is <see cref="IDisposable"/> (xunit disposes it after each test).
/// </summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates <c>{temp}/msclr-{prefix}-{random}/</c>.</summary>
    public TempFolder(string prefix = "test") => Path = Directory.CreateTempSubdirectory($"msclr-{prefix}-").FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The path of <paramref name="relative"/> inside the folder (nothing is created).</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Deletes the folder; a failed cleanup never fails a test (a leftover temporary folder is harmless).</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
