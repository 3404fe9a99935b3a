using MsClr.Kit.Skeletons;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace MsClr.Kit.Models;

/// <summary>
/// An encoder rebuilt from an exported state dict alone (<c>data-prep/export_checkpoint.py --prefix encoder_q.</c>, or
/// <see cref="StateDictNpz.Save"/>): input channels, hidden width, output size, temporal kernel, partition strategy,
/// edge importance and the head are read from the tensors' shapes, so a user needs only the file and the formats it was
/// trained on. The features are those linear evaluation trains on: pooled, before the head, in eval mode.
/// </summary>
public static class PretrainedEncoder
{
    /// <summary>Builds the encoder that <paramref name="weightsPath"/> describes for <paramref name="formats"/>, loads it strictly and puts it in eval mode.</summary>
    /// <param name="weightsPath">The <c>.npz</c> state dict.</param>
    /// <param name="formats">The formats the weights were trained on (a single-skeleton AimCLR file takes exactly one).</param>
    /// <param name="padJointsInBlocks">The official FlexModel's padding inside the blocks (<c>--compat official</c>).</param>
    /// <exception cref="InvalidDataException">The file is not an ST-GCN encoder state dict, or does not fit the formats; the message names the file and the tensors.</exception>
    public static StGcnEncoder Load(string weightsPath, FormatSet formats, bool padJointsInBlocks = false)
    {
        var shapes = StateDictNpz.Shapes(weightsPath);
        long[] Shape(string key) => shapes.TryGetValue(key, out var shape)
            ? shape
            : throw new InvalidDataException(
                $"{weightsPath}: no tensor '{key}'; expected an ST-GCN encoder state dict (keys such as st_gcn_networks.0.gcn.conv.weight; "
                + "export the query encoder with data-prep/export_checkpoint.py --prefix encoder_q.)");

        var singleSkeleton = shapes.ContainsKey("data_bn.weight");
        if (singleSkeleton && formats.Count != 1)
        {
            throw new InvalidDataException($"{weightsPath}: a single-skeleton state dict (data_bn.weight, A) fits one format, not the {formats.Count} of {formats}");
        }

        var partitions = Shape(singleSkeleton ? "A" : $"A_{formats.First().Name}")[0];
        var first = Shape("st_gcn_networks.0.gcn.conv.weight");
        var last = Shape("st_gcn_networks.9.gcn.conv.weight");
        var config = new EncoderConfig(
            InChannels: (int)first[1],
            HiddenChannels: (int)(first[0] / partitions),
            OutputDim: (int)(last[0] / partitions),
            TemporalKernel: (int)Shape("st_gcn_networks.0.tcn.2.weight")[2],
            EdgeImportance: shapes.Keys.Any(k => k.StartsWith("edge_importance.", StringComparison.Ordinal)),
            Strategy: partitions switch
            {
                1 => GraphStrategy.Uniform,
                2 => GraphStrategy.Distance,
                3 => GraphStrategy.Spatial,
                _ => throw new InvalidDataException($"{weightsPath}: the adjacency has {partitions} partitions; expected 1, 2 or 3"),
            },
            PadJointsInBlocks: padJointsInBlocks);
        var encoder = new StGcnEncoder(formats, config, HeadFor(shapes, config.OutputDim));
        StateDictNpz.Load(encoder, weightsPath, rename: singleSkeleton ? StateDictNpz.SingleSkeletonKeys(formats.First().Name) : null);
        encoder.eval();
        return encoder;
    }

    /// <summary>The pooled features of every clip, in eval mode and without gradient, <paramref name="batchSize"/> clips at a time.</summary>
    /// <param name="encoder">The encoder (left in eval mode).</param>
    /// <param name="clips">(N, C, T, V, M) clips of <paramref name="format"/>, in the stream the encoder was trained on.</param>
    /// <param name="format">One of the encoder's formats.</param>
    /// <param name="batchSize">Clips per forward pass.</param>
    /// <returns>(N, <see cref="EncoderConfig.OutputDim"/>).</returns>
    public static Tensor Features(StGcnEncoder encoder, Tensor clips, SkeletonFormat format, int batchSize = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (clips.dim() != 5 || clips.shape[0] < 1 || clips.shape[1] != encoder.Config.InChannels || clips.shape[3] < format.JointCount)
        {
            throw new ArgumentException(
                $"clips of shape ({string.Join(", ", clips.shape)}): expected (N≥1, C={encoder.Config.InChannels}, T, V≥{format.JointCount}, M) for {format.Name}", nameof(clips));
        }

        encoder.eval();
        using var noGrad = no_grad();
        var parts = new List<Tensor>();
        for (long start = 0; start < clips.shape[0]; start += batchSize)
        {
            parts.Add(encoder.Embed(clips.narrow(0, start, Math.Min(batchSize, clips.shape[0] - start)), format));
        }

        var features = parts.Count == 1 ? parts[0] : cat(parts, 0);
        if (parts.Count > 1)
        {
            parts.ForEach(p => p.Dispose());
        }

        return features;
    }

    // The pretraining projection (fc.0, fc.2), a classifier (fc), or none: whatever the file holds, so loading stays strict.
    private static Module<Tensor, Tensor> HeadFor(IReadOnlyDictionary<string, long[]> shapes, int outputDim)
    {
        if (shapes.TryGetValue("fc.0.weight", out var hidden) && shapes.TryGetValue("fc.2.weight", out var output))
        {
            return Heads.Projection(outputDim, (int)hidden[0], (int)output[0]);
        }

        return shapes.TryGetValue("fc.weight", out var classifier)
            ? Heads.Classifier((int)classifier[0], outputDim)
            : Identity();
    }
}
