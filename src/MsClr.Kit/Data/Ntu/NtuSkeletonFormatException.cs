namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// A <c>.skeleton</c> file does not follow the NTU format. The message reads <c>path:line: problem</c>, and the
/// problem names what was expected and what was found.
/// </summary>
public sealed class NtuSkeletonFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The file (or stream name) being read.</param>
    /// <param name="line">1-based line; for a truncated file, the line that is missing (last line + 1).</param>
    /// <param name="problem">What was expected and what was found.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public NtuSkeletonFormatException(string filePath, int line, string problem, Exception? inner = null)
        : base($"{filePath}:{line}: {problem}", inner)
    {
        FilePath = filePath;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or stream name) being read.</summary>
    public string FilePath { get; }

    /// <summary>1-based line of the problem; for a truncated file, the first missing line.</summary>
    public int Line { get; }

    /// <summary>What was expected and what was found, without the location.</summary>
    public string Problem { get; }
}
