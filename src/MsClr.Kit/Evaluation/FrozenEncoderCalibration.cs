using MsClr.Kit.Data.Clips;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Re-estimates a frozen encoder's BatchNorm running statistics on clean clips before it is probed
/// (<see cref="BatchNormCalibration"/>, "precise BN"). Pretraining accumulates them over its steps on augmented views,
/// while the probes feed unaugmented clips; after a few dozen steps they also still lean on their initial (0, 1). The
/// clips pass through the encoder exactly as <see cref="FeatureExtraction"/> feeds them (stream, padding, no
/// augmentation), in clip order, so the result is deterministic. No label is read; every parameter is checked
/// bit-identical afterwards: only the BatchNorm buffers change, in memory (no checkpoint is written).
/// </summary>
public static class FrozenEncoderCalibration
{
    /// <summary>Recalibrates <paramref name="encoder"/>'s BatchNorm statistics on every clip of <paramref name="formats"/>,
    /// one plain average over all of them (a format's input BatchNorm sees its own clips; the shared blocks see them all).</summary>
    /// <param name="encoder">The frozen encoder; left in eval mode.</param>
    /// <param name="clips">The calibration clips (the training split), in every format of <paramref name="formats"/>.</param>
    /// <param name="formats">The formats to feed, each one of the encoder's.</param>
    /// <param name="stream">Input stream, as the probe's.</param>
    /// <param name="batchSize">Clips per forward pass.</param>
    /// <param name="device">Where the encoder lives.</param>
    /// <param name="boneFormat">As in <see cref="FeatureExtraction.Extract"/>.</param>
    /// <exception cref="ArgumentException">No format, or a batch size below 1.</exception>
    /// <exception cref="InvalidOperationException">A parameter changed (the guard).</exception>
    public static void Run(StGcnEncoder encoder, MultiFormatClips clips, IReadOnlyList<SkeletonFormat> formats, InputStream stream, int batchSize, Device device,
        SkeletonFormat? boneFormat = null)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentNullException.ThrowIfNull(formats);
        if (formats.Count == 0)
        {
            throw new ArgumentException("at least one calibration format is needed", nameof(formats));
        }

        if (batchSize < 1)
        {
            throw new ArgumentException($"batchSize must be at least 1, got {batchSize}", nameof(batchSize));
        }

        using var guard = FrozenModuleGuard.Parameters(encoder);
        BatchNormCalibration.Run(encoder, () =>
        {
            foreach (var format in formats)
            {
                var formatClips = clips[format];
                for (long start = 0; start < formatClips.Count; start += batchSize)
                {
                    using var scope = NewDisposeScope();
                    var batch = formatClips.Data.narrow(0, start, Math.Min(batchSize, formatClips.Count - start)).to(device);
                    encoder.Embed(FeatureExtraction.Input(batch, format, stream, boneFormat), format);
                }
            }
        });
        guard.Verify();
    }
}
