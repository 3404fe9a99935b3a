using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>The outcome of one linear probe.</summary>
/// <param name="Final">Metrics of the classifier after the last epoch: the number this kit reports.</param>
/// <param name="BestPeriodicTop1">The best top-1 over the periodic test evaluations — test-set model selection, which
/// is what the official code reports; shown next to <paramref name="Final"/>, labelled as such.</param>
/// <param name="BestPeriodicEpoch">The epoch of <paramref name="BestPeriodicTop1"/>.</param>
/// <param name="TrainLoss">Mean training cross-entropy per epoch.</param>
/// <param name="PeriodicTop1">(epoch, top-1) of each periodic test evaluation.</param>
/// <param name="TestScores">(N_test, classes) logits of the final classifier, in test order.</param>
public sealed record LinearProbeResult(
    ClassificationMetrics Final,
    double BestPeriodicTop1,
    int BestPeriodicEpoch,
    IReadOnlyList<double> TrainLoss,
    IReadOnlyList<(int Epoch, double Top1)> PeriodicTop1,
    Tensor TestScores);
