using MsClr.Kit.Experiments.Statistics;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>A <see cref="PaperComparison"/> as measured: the paired difference A − B over seeds, in points (percent).</summary>
/// <param name="Comparison">The paper's claim.</param>
/// <param name="Against">The row arm B was read from (for a best-of comparison, the one with the highest mean).</param>
/// <param name="Result">A − B per seed (points), its interval and verdict.</param>
public sealed record ComparisonLine(PaperComparison Comparison, string Against, PairedComparison Result)
{
    /// <summary>How the line reads: <c>A − B</c>, or for a best-of comparison <c>A − B (best of 3)</c> naming the row chosen.</summary>
    public string Label => Comparison.Against.Count == 1 ? Comparison.Label : $"{Comparison.Row} − {Against} (best of {Comparison.Against.Count})";

    /// <summary>Whether the measurement agrees with the paper's direction (A better), contradicts it (A worse), or cannot tell.</summary>
    public string Reading => Result.Verdict switch
    {
        ComparisonVerdict.Better => "paper's direction reproduced",
        ComparisonVerdict.Worse => "paper's direction reversed",
        _ => "unresolved",
    };
}
