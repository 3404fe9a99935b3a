namespace MsClr.Kit.IO.Npy;

/// <summary>A <c>.npy</c> file this reader cannot read: bad magic, unsupported version, dtype or order, a malformed header or a truncated data section.</summary>
/// <remarks>The message is <c>{path}: {problem}</c> and names what was expected and what was found.</remarks>
public sealed class NpyFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public NpyFormatException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }
}
