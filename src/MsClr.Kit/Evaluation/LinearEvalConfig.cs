namespace MsClr.Kit.Evaluation;

/// <summary>Linear evaluation protocol; defaults are the paper's (official linear_eval configs).</summary>
/// <param name="LearningRate">SGD learning rate (3.0).</param>
/// <param name="Epochs">Training epochs (100).</param>
/// <param name="Milestones">1-based epochs after which the rate is multiplied by <paramref name="Gamma"/> ([80]: 3.0 for 1–80, 0.3 for 81–100).</param>
/// <param name="Gamma">Rate multiplier at each milestone (0.1).</param>
/// <param name="BatchSize">Batch size (128).</param>
/// <param name="Momentum">SGD momentum (0.9, no Nesterov).</param>
/// <param name="WeightDecay">Weight decay (0).</param>
/// <param name="EvalInterval">Epochs between the periodic test evaluations the official code reports the best of (5).</param>
/// <param name="StandardiseFeatures">Standardise each feature with the training set's mean and standard deviation before the
/// classifier (off in the paper's protocol). The small budgets turn it on: after a few hundred pretraining steps the
/// features barely vary between clips, and the paper's rate of 3.0 then diverges while smaller rates learn nothing.
/// The probe stays linear in the features, and the standardisation is scale-invariant (<see cref="FeatureStandardisation"/>),
/// so features of any magnitude, an untrained encoder's included, are probed alike.</param>
public sealed record LinearEvalConfig(
    double LearningRate = 3.0,
    int Epochs = 100,
    int[]? Milestones = null,
    double Gamma = 0.1,
    int BatchSize = 128,
    double Momentum = 0.9,
    double WeightDecay = 0.0,
    int EvalInterval = 5,
    bool StandardiseFeatures = false)
{
    /// <summary>The milestones actually used ([80] by default).</summary>
    public IReadOnlyList<int> EffectiveMilestones => Milestones ?? [80];

    /// <summary>The learning rate during 1-based <paramref name="epoch"/>.</summary>
    public double RateAt(int epoch) => LearningRate * Math.Pow(Gamma, EffectiveMilestones.Count(m => epoch > m));
}
