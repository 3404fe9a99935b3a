using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>The outcome of <see cref="SupervisedTraining.Train"/>.</summary>
/// <param name="Final">Test metrics after the last epoch.</param>
/// <param name="TrainLoss">Mean training cross-entropy per epoch.</param>
/// <param name="TestScores">(N_test, classes) logits of the final network, in test order.</param>
public sealed record SupervisedResult(ClassificationMetrics Final, IReadOnlyList<double> TrainLoss, Tensor TestScores);
