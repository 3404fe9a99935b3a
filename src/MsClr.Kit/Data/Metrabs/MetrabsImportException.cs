namespace MsClr.Kit.Data.Metrabs;

/// <summary>A MeTRAbs output file that cannot be imported: wrong name, shape or values. The message is <c>{path}: {problem}</c>.</summary>
public sealed class MetrabsImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MetrabsImportException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
    }

    /// <summary>The file.</summary>
    public string Path { get; }
}
