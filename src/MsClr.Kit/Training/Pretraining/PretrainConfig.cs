using System.Text.Json.Serialization;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Losses;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// A pretraining run. Defaults are the paper's: AimCLR, joint stream, SGD momentum 0.9, weight decay 1e-4, lr 0.1
/// dropping ×0.1 after epoch 250, 300 epochs, batch 128, fully random (query, key) format pairs.
/// </summary>
/// <param name="Method">SkeletonCLR or AimCLR.</param>
/// <param name="Stream">Joint, motion or bone.</param>
/// <param name="Epochs">Epochs (300).</param>
/// <param name="BatchSize">Clips per batch (128); the queue size must be a multiple of it.</param>
/// <param name="LearningRate">Base SGD rate (0.1).</param>
/// <param name="Milestones">1-based epochs after which the rate is multiplied by <paramref name="Gamma"/> ([250]).</param>
/// <param name="Gamma">Rate multiplier (0.1).</param>
/// <param name="Momentum">SGD momentum (0.9).</param>
/// <param name="WeightDecay">Weight decay (1e-4).</param>
/// <param name="Pairing">How batches pick their (query, key) formats.</param>
/// <param name="Seed">Run seed: weights, queue, order, pairs, augmentations and dropout all derive from it.</param>
/// <param name="CheckpointEvery">Epochs between checkpoints (the last epoch is always saved).</param>
/// <param name="Encoder">Encoder architecture (null: <see cref="EncoderConfig"/> defaults).</param>
/// <param name="Contrastive">Queue, momentum, temperature, mining (null: paper defaults).</param>
/// <param name="SeparateKeyInitialisation">ReferenceCompat: initialise the key encoder separately, as the official code does.</param>
/// <param name="Precision">What the encoders' blocks compute in (fp32; bf16 is the optional fast path). Left out of
/// the checkpoint fingerprint when fp32, so runs made before the setting existed still resume.</param>
public sealed record PretrainConfig(
    PretrainMethod Method = PretrainMethod.AimClr,
    InputStream Stream = InputStream.Joint,
    int Epochs = 300,
    int BatchSize = 128,
    double LearningRate = 0.1,
    int[]? Milestones = null,
    double Gamma = 0.1,
    double Momentum = 0.9,
    double WeightDecay = 1e-4,
    FormatPairing Pairing = FormatPairing.FullRandom,
    ulong Seed = 1,
    int CheckpointEvery = 5,
    EncoderConfig? Encoder = null,
    ContrastiveConfig? Contrastive = null,
    bool SeparateKeyInitialisation = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] ComputePrecision Precision = ComputePrecision.Float32)
{
    /// <summary>The encoder architecture in use.</summary>
    public EncoderConfig EffectiveEncoder => Encoder ?? new EncoderConfig();

    /// <summary>The contrastive settings in use.</summary>
    public ContrastiveConfig EffectiveContrastive => Contrastive ?? new ContrastiveConfig();

    /// <summary>The learning rate during 1-based <paramref name="epoch"/>.</summary>
    public double RateAt(int epoch) => LearningRate * Math.Pow(Gamma, (Milestones ?? [250]).Count(m => epoch > m));
}
