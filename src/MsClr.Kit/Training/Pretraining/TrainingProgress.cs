namespace MsClr.Kit.Training.Pretraining;

/// <summary>One progress event of pretraining, raised after every step.</summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="Epochs">Total epochs.</param>
/// <param name="Step">0-based step within the epoch.</param>
/// <param name="StepsPerEpoch">Steps per epoch.</param>
/// <param name="Loss">Total loss of the step.</param>
/// <param name="Nce">InfoNCE term.</param>
/// <param name="Extreme">D³M term of the extreme view.</param>
/// <param name="ExtremeDrop">D³M term of the dropped extreme view.</param>
/// <param name="LearningRate">Rate in use.</param>
/// <param name="SamplesPerSecond">Throughput of this step (clips per second, wall clock, data included).</param>
/// <param name="QueryFormat">Query format of the batch.</param>
/// <param name="KeyFormat">Key format of the batch.</param>
/// <param name="KeyCosine">Mean cosine between the step's keys (<see cref="KeySpread"/>; near 1: collapsed); NaN where
/// not recorded (metrics written before the kit logged it).</param>
public sealed record TrainingProgress(
    int Epoch,
    int Epochs,
    int Step,
    int StepsPerEpoch,
    double Loss,
    double Nce,
    double Extreme,
    double ExtremeDrop,
    double LearningRate,
    double SamplesPerSecond,
    string QueryFormat,
    string KeyFormat,
    double KeyCosine = double.NaN)
{
    /// <summary>Completed fraction of the run, in [0, 1].</summary>
    public double Fraction => (((Epoch - 1) * (double)StepsPerEpoch) + Step + 1) / (Epochs * (double)StepsPerEpoch);
}
