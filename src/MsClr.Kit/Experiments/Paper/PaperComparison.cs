namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// A direction the paper reports, as two rows of one of its tables: <paramref name="Row"/> should beat
/// <paramref name="Against"/> (or, with several rows, the best of them, e.g. a 3-stream fusion against its best stream).
/// </summary>
/// <param name="Table">The table or figure, e.g. <c>Table 1</c>.</param>
/// <param name="Kind">What is compared, e.g. <c>MS − single format</c> or <c>fusion − best stream</c>.</param>
/// <param name="Row">The row the paper reports as better (arm A).</param>
/// <param name="Against">The row it beats (arm B); several rows mean the one with the highest mean over seeds.</param>
public sealed record PaperComparison(string Table, string Kind, string Row, IReadOnlyList<string> Against)
{
    /// <summary>How the comparison reads, e.g. <c>MS-AimCLR (j) − AimCLR (j)</c>.</summary>
    public string Label => Against.Count == 1 ? $"{Row} − {Against[0]}" : $"{Row} − best of {string.Join(", ", Against)}";
}
