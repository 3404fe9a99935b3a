using MsClr.Kit.Experiments.Paper;

namespace MsClr.Kit.Teaching;

/// <summary>
/// The 3-stream fusion of Table 1's 3s rows, recomputed from the score files the runner saved
/// (<c>{runsRoot}/{spec id}/scores-{format}.parquet</c>): joint 0.6 + bone 0.6 + motion 0.4, on logits as upstream.
/// The arithmetic lives in <see cref="ScoreFileFusion"/>, which also records fusions in the results store.
/// </summary>
public static class PaperTourFusion
{
    /// <summary>
    /// The fused top-1 (a fraction) of a 3-stream <paramref name="measurement"/> from its per-stream experiments. Without
    /// ‡ it fuses the primary (first) evaluation format's classifier scores. With ‡ it fuses each evaluation format's three
    /// streams first, then ensembles the fused formats by averaging their softmax probabilities (see
    /// <see cref="ScoreFileFusion.Metrics"/>).
    /// </summary>
    /// <param name="runsRoot">The runs root holding the experiments' folders.</param>
    /// <param name="measurement">A measurement over joint, motion and bone (<see cref="PaperMeasurement.IsFusion"/>).</param>
    /// <param name="specIds">The per-stream experiments' ids, in <paramref name="measurement"/>'s stream order.</param>
    /// <exception cref="ArgumentException">The measurement is not joint, motion and bone, or the ids do not match its streams.</exception>
    /// <exception cref="InvalidDataException">Two score files list different test clips.</exception>
    public static double Top1(string runsRoot, PaperMeasurement measurement, IReadOnlyList<string> specIds) =>
        ScoreFileFusion.Top1(runsRoot, measurement, specIds);
}
