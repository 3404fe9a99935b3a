namespace MsClr.Kit.Tests.Data.Ntu;

/// <summary>
/// A private temporary folder for one test class, plus the NTU sample lists kept in the repository. Real NTU data is never
/// needed: its licence forbids committing it, so tests write their own small files here.
/// </summary>
internal sealed class NtuTestFiles : IDisposable
{
    public NtuTestFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "msclr-ntu-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Writes text exactly as given (no newline translation) and returns the path.</summary>
    public string Write(string fileName, string text)
    {
        var path = Path.Combine(Folder, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Joins lines with <paramref name="newline"/> (and one final newline) and writes them.</summary>
    public string WriteLines(string fileName, IEnumerable<string> lines, string newline = "\n") =>
        Write(fileName, string.Join(newline, lines) + newline);

    /// <summary>
    /// A sample list kept in the repository, <c>src/MsClr.Kit/Data/Ntu/Lists/</c> (source and licence in its README),
    /// found from the folder holding MsClr.Kit.sln. Fails (never skips) when it is missing: the split sizes are a contract.
    /// </summary>
    public static string RepositoryList(string fileName)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MsClr.Kit.sln")))
        {
            folder = folder.Parent;
        }

        Assert.True(folder is not null, $"no MsClr.Kit.sln above {AppContext.BaseDirectory}; cannot locate the NTU list {fileName}");
        var path = Path.Combine(folder.FullName, "src", "MsClr.Kit", "Data", "Ntu", "Lists", fileName);
        Assert.True(File.Exists(path), $"NTU list missing: expected {path}");
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed cleanup must not fail the test.
        }
    }
}
