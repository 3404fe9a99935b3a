namespace MsClr.Kit.Training.Pretraining;

/// <summary>The loss became NaN or infinite; the message names the step and the last good checkpoint.</summary>
public sealed class TrainingDivergedException(string message) : Exception(message);
