namespace MsClr.Kit.Evaluation;

/// <summary>One progress event of end-to-end training on labels (<see cref="SupervisedTraining"/>: the supervised
/// baseline and the fine-tuning protocols), raised after every step.</summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="Epochs">Total epochs.</param>
/// <param name="Step">0-based step within the epoch.</param>
/// <param name="StepsPerEpoch">Steps per epoch.</param>
/// <param name="Loss">Cross-entropy of the step's batch.</param>
/// <param name="LearningRate">Rate in use.</param>
/// <param name="SamplesPerSecond">Throughput of this step (clips per second, wall clock).</param>
public sealed record SupervisedProgress(int Epoch, int Epochs, int Step, int StepsPerEpoch, double Loss, double LearningRate, double SamplesPerSecond)
{
    /// <summary>Completed fraction of the run, in [0, 1].</summary>
    public double Fraction => (((Epoch - 1) * (double)StepsPerEpoch) + Step + 1) / (Epochs * (double)StepsPerEpoch);
}
