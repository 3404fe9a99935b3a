namespace MsClr.Kit.Data.Store;

/// <summary>Where stores live under a data root: <c>{dataRoot}/{dataset}/{formatName}.parquet</c>.</summary>
public static class StorePaths
{
    /// <summary>The file extension of store files.</summary>
    public const string Extension = ".parquet";

    /// <summary>
    /// The store path of (<paramref name="dataset"/>, <paramref name="formatName"/>), e.g.
    /// <c>{dataRoot}/ntu60/ntu-rgb+d.parquet</c>. Names are kept as they are: <c>+</c> and <c>-</c> are fine in Linux file names.
    /// </summary>
    /// <exception cref="ArgumentException">A name is empty, <c>.</c> or <c>..</c>, or contains a path separator.</exception>
    public static string For(string dataRoot, string dataset, string formatName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot);
        return Path.Combine(dataRoot, Segment(dataset, nameof(dataset)), Segment(formatName, nameof(formatName)) + Extension);
    }

    private static string Segment(string name, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, what);
        if (name is "." or ".." || name.IndexOfAny(['/', '\\', Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]) >= 0)
        {
            throw new ArgumentException($"StorePaths.For: {what} '{name}' must be a single file-name segment (no '/', '\\', '.' or '..')", what);
        }

        return name;
    }
}
