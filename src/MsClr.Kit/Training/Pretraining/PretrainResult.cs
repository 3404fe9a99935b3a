namespace MsClr.Kit.Training.Pretraining;

/// <summary>The outcome of <see cref="Pretrainer"/>.Run.</summary>
/// <param name="Model">The trained MoCo pair (the caller disposes it).</param>
/// <param name="Log">Per-step metrics of the whole run (resumed runs included).</param>
/// <param name="Next">Where the run would continue; equals (Epochs + 1, 0) when complete.</param>
/// <param name="Completed">false when the run was cancelled before its last epoch (a checkpoint was saved).</param>
/// <param name="ResumedFrom">The checkpoint position the run started from, or null for a fresh run.</param>
public sealed record PretrainResult(ContrastiveModel Model, MetricsLog Log, CheckpointPosition Next, bool Completed, CheckpointPosition? ResumedFrom);
