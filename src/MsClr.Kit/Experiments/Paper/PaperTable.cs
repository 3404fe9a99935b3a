namespace MsClr.Kit.Experiments.Paper;

/// <summary>One table or figure of the paper as data: its numbers in printed order.</summary>
/// <param name="Name">Short name, e.g. <c>Table 1</c> or <c>Figure 4</c>.</param>
/// <param name="Title">What it compares.</param>
/// <param name="Entries">Every number, row by row and within a row column by column.</param>
/// <param name="Note">Caveats that apply to the whole table.</param>
public sealed record PaperTable(string Name, string Title, IReadOnlyList<PaperEntry> Entries, string Note = "")
{
    /// <summary>The entries the kit measures.</summary>
    public IEnumerable<PaperEntry> Measured => Entries.Where(e => e.IsMeasured);

    /// <summary>
    /// Every distinct experiment needed to measure this table at <paramref name="budget"/> (rows share experiments, e.g.
    /// MS-AimCLR and its ‡ ensemble), in first-use order.
    /// </summary>
    public IReadOnlyList<ExperimentSpec> Specs(Budget budget, bool useSynthetic, ulong seed = 1) =>
        Entries.SelectMany(e => e.Specs(budget, useSynthetic, seed)).DistinctBy(s => s.Id).ToArray();
}
