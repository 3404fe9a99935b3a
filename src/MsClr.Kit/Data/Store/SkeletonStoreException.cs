namespace MsClr.Kit.Data.Store;

/// <summary>A store file that breaks the data contract: wrong schema version, a missing or mistyped column, inconsistent row values.</summary>
/// <remarks>The message always starts with the file path and names the key, column or row and the expected and actual values.</remarks>
public sealed class SkeletonStoreException : Exception
{
    /// <summary>Creates the exception; the message is <c>{path}: {problem}</c>.</summary>
    public SkeletonStoreException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }
}
