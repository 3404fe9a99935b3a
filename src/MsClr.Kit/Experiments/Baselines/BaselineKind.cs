namespace MsClr.Kit.Experiments.Baselines;

/// <summary>
/// The reference points every self-supervised number is read against, each under the same protocol and budget: what an
/// encoder gives without pretraining, what the coordinates give without any model, and what the same encoder gives when
/// trained on the labels.
/// </summary>
public enum BaselineKind
{
    /// <summary>The pretraining encoder at its initial weights (no pretraining), probed exactly as a pretrained one.</summary>
    RandomInit,

    /// <summary>A linear probe on each joint's mean and standard deviation over time (<see cref="Evaluation.RawCoordinateFeatures.Statistics"/>).</summary>
    RawStatistics,

    /// <summary>A linear probe on the flattened clip (<see cref="Evaluation.RawCoordinateFeatures.Flattened"/>).</summary>
    RawFlattened,

    /// <summary>The same ST-GCN trained end to end on the labels for the budget's pretraining epochs (<see cref="Evaluation.SupervisedTraining"/>).</summary>
    Supervised,
}
