using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Statistics;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Experiments.Baselines;

/// <summary>One baseline row beside a paper table: its top-1 over seeds, in percent.</summary>
/// <param name="Kind">The baseline.</param>
/// <param name="Stream">The input stream it was measured on.</param>
/// <param name="Top1">Top-1 (%) of the primary format's classifier over the seeds found.</param>
public sealed record BaselineLine(BaselineKind Kind, InputStream Stream, SeedSummary Top1)
{
    /// <summary>The row label, e.g. <c>baseline: random-init encoder (no pretraining) (j)</c>.</summary>
    public string Label => $"{Kind.Label()} ({PaperTables.StreamTag([Stream])})";
}
