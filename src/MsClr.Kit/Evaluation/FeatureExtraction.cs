using MsClr.Kit.Data.Clips;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>Frozen-encoder features: eval mode (pretraining BatchNorm statistics, no dropout), no gradient, no augmentation.</summary>
public static class FeatureExtraction
{
    /// <summary>The pooled features of every clip, in clip order.</summary>
    /// <param name="encoder">The pretrained encoder; its parameters are not changed (checked).</param>
    /// <param name="clips">Clips of one of the encoder's formats.</param>
    /// <param name="stream">Input stream, computed on the fly from the clips as upstream.</param>
    /// <param name="batchSize">Clips per forward pass.</param>
    /// <param name="device">Where to compute; the result lives there.</param>
    /// <param name="boneFormat">The format whose bone pairs the bone stream uses; null (default) uses the clips' own format.
    /// ReferenceCompat passes NTU's, as the official linear evaluation does for every format (spec §12 row 2).</param>
    /// <returns>(N, OutputDim).</returns>
    public static Tensor Extract(StGcnEncoder encoder, ClipTensors clips, InputStream stream, int batchSize, Device device, SkeletonFormat? boneFormat = null)
    {
        using var guard = new FrozenModuleGuard(encoder);
        encoder.eval();
        var parts = new List<Tensor>();
        using (no_grad())
        {
            for (long start = 0; start < clips.Count; start += batchSize)
            {
                using var scope = NewDisposeScope();
                var batch = clips.Data.narrow(0, start, Math.Min(batchSize, clips.Count - start)).to(device);
                parts.Add(encoder.Embed(Input(batch, clips.Format, stream, boneFormat), clips.Format).MoveToOuterDisposeScope());
            }
        }

        var features = cat(parts, 0);
        parts.ForEach(p => p.Dispose());
        guard.Verify();
        return features;
    }

    /// <summary>The encoder's input for a batch of clips: the stream computed on the fly, as every frozen-encoder pass feeds it.</summary>
    /// <param name="batch">(N, C, T, V, M) clips of <paramref name="format"/>.</param>
    /// <param name="format">The clips' format.</param>
    /// <param name="stream">Input stream.</param>
    /// <param name="boneFormat">As in <see cref="Extract"/>.</param>
    /// <returns>(N, C, T, V', M): V' is NTU's joint count when <paramref name="boneFormat"/> pads the clips, else V.</returns>
    internal static Tensor Input(Tensor batch, SkeletonFormat format, InputStream stream, SkeletonFormat? boneFormat) =>
        StreamTransforms.Apply(PadFor(batch, boneFormat), stream, boneFormat ?? format);

    // NTU's bone pairs reach joint 24; a format with fewer joints is padded for the transform, and the encoder ignores the padding.
    private static Tensor PadFor(Tensor batch, SkeletonFormat? boneFormat) =>
        boneFormat is null || batch.shape[3] >= boneFormat.JointCount ? batch : JointPadding.Pad(batch, boneFormat.JointCount);
}
