namespace MsClr.Kit.Skeletons;

/// <summary>A skeleton format definition is invalid. The message names the source, the field and what was expected.</summary>
public sealed class SkeletonFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or format name the definition came from.</param>
    /// <param name="field">The offending field, e.g. <c>edges[3][1]</c>.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    public SkeletonFormatException(string source, string field, string problem)
        : base($"{source}: {field}: {problem}")
    {
        DefinitionSource = source;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file or format name the definition came from.</summary>
    public string DefinitionSource { get; }

    /// <summary>The offending field, e.g. <c>mirror_pairs[2]</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }
}
