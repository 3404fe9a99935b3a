namespace MsClr.Kit.IO;

/// <summary>A file the kit cannot use as it is. The message is <c>{path}: {problem}</c>, and the problem names what was
/// expected and what was found.</summary>
/// <remarks>The one place that message shape is written: the store's and the MeTRAbs importer's file errors derive from it.</remarks>
public abstract class FileProblemException(string path, string problem, Exception? inner = null)
    : Exception($"{path}: {problem}", inner)
{
    /// <summary>The file.</summary>
    public string Path { get; } = path;
}
