using MsClr.Kit.Data.Augmentation;
using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// Everything <see cref="Pretrainer.Run(Data.Clips.MultiFormatClips, PretrainOptions)"/> needs besides the clips, with
/// the paper's defaults: only the run folder is required, e.g.
/// <c>Pretrainer.Run(clips, new PretrainOptions(folder) { Config = budget.Apply(new PretrainConfig()) })</c>.
/// </summary>
/// <param name="RunDirectory">Folder for checkpoints and <c>metrics.parquet</c>; a run found there is resumed.</param>
public sealed record PretrainOptions(string RunDirectory)
{
    /// <summary>The run (the paper's settings by default: AimCLR, 300 epochs, batch 128).</summary>
    public PretrainConfig Config { get; init; } = new();

    /// <summary>View augmentations (AimCLR's normal and extreme views by default).</summary>
    public IViewAugmenter Augmenter { get; init; } = ViewAugmenter.AimClr;

    /// <summary>Compute device (null: the CPU).</summary>
    public Device? Device { get; init; }

    /// <summary>Receives one event per step, or null.</summary>
    public IProgress<TrainingProgress>? Progress { get; init; }

    /// <summary>Stops after the current step, saving a checkpoint.</summary>
    public CancellationToken Cancellation { get; init; }
}
