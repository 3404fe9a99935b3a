using System.Globalization;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// End-to-end supervised training of the encoder and a linear head on the labels: the upper reference a self-supervised
/// encoder is measured against. Defaults are ST-GCN's supervised recipe (SGD, lr 0.1, momentum 0.9, weight decay 1e-4,
/// ÷10 at the milestones), without augmentations.
/// </summary>
/// <param name="Epochs">Training epochs (the budget's pretraining epochs, so both arms see the data as often).</param>
/// <param name="BatchSize">Clips per step.</param>
/// <param name="Milestones">1-based epochs after which the rate is multiplied by <paramref name="Gamma"/>.</param>
/// <param name="LearningRate">SGD learning rate.</param>
/// <param name="Momentum">SGD momentum.</param>
/// <param name="WeightDecay">Weight decay.</param>
/// <param name="Gamma">Rate multiplier at each milestone.</param>
/// <param name="CalibrateBatchNorm">Re-estimate the BatchNorm statistics on the training clips before testing
/// (<see cref="BatchNormCalibration"/>): after a short run the running averages have not converged.</param>
public sealed record SupervisedConfig(
    int Epochs,
    int BatchSize,
    IReadOnlyList<int> Milestones,
    double LearningRate = 0.1,
    double Momentum = 0.9,
    double WeightDecay = 1e-4,
    double Gamma = 0.1,
    bool CalibrateBatchNorm = true)
{
    /// <summary>The learning rate during 1-based <paramref name="epoch"/>.</summary>
    public double RateAt(int epoch) => LearningRate * Math.Pow(Gamma, Milestones.Count(m => epoch > m));

    /// <summary>The schedule in words, for the protocol lines of every end-to-end trainer (the supervised baseline and the
    /// fine-tuning protocols): <c>3 epochs, SGD lr 0.1 (×0.1 after epoch 2), momentum 0.9, weight decay 0.0001</c>.</summary>
    public string Schedule => string.Create(CultureInfo.InvariantCulture,
        $"{Epochs} {(Epochs == 1 ? "epoch" : "epochs")}, SGD lr {LearningRate} (×{Gamma} after epoch {string.Join(", ", Milestones)}), momentum {Momentum}, weight decay {WeightDecay}");
}
