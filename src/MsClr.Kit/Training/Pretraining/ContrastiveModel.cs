using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// The MoCo pair: the query encoder (trained), the key encoder (its momentum average, never given gradients) and the
/// key queue, shared by every format (reference-spec §6.2.7).
/// </summary>
public sealed class ContrastiveModel : IDisposable
{
    private ContrastiveModel(StGcnEncoder query, StGcnEncoder key, KeyQueue queue, ContrastiveConfig config)
    {
        Query = query;
        Key = key;
        Queue = queue;
        Config = config;
    }

    /// <summary>The query encoder with its projection head (encoder_q).</summary>
    public StGcnEncoder Query { get; }

    /// <summary>The momentum key encoder (encoder_k).</summary>
    public StGcnEncoder Key { get; }

    /// <summary>The queue of past keys.</summary>
    public KeyQueue Queue { get; }

    /// <summary>Queue size, momentum, temperature, feature size and mining settings.</summary>
    public ContrastiveConfig Config { get; }

    /// <summary>Builds and initialises the pair on <paramref name="device"/>.</summary>
    /// <param name="formats">Formats the encoders accept.</param>
    /// <param name="encoder">Encoder architecture.</param>
    /// <param name="config">Contrastive settings.</param>
    /// <param name="generator">Seeded generator for the weights and the initial queue.</param>
    /// <param name="device">Where the model lives.</param>
    /// <param name="separateKeyInitialisation">false (default, MoCo's intent): the key encoder starts as an exact copy of
    /// the query encoder. true (ReferenceCompat): as the official code, which re-initialises every module after the
    /// copy, so the key encoder starts from different random weights (reference-spec §5.7, §12 row 8).</param>
    public static ContrastiveModel Create(FormatSet formats, EncoderConfig encoder, ContrastiveConfig config, Generator generator, Device device, bool separateKeyInitialisation = false)
    {
        config.Validate();
        var query = new StGcnEncoder(formats, encoder, Heads.Projection(encoder.OutputDim, encoder.OutputDim, config.FeatureDim));
        var key = new StGcnEncoder(formats, encoder, Heads.Projection(encoder.OutputDim, encoder.OutputDim, config.FeatureDim));
        WeightInitialisation.Apply(query, generator);
        if (separateKeyInitialisation)
        {
            WeightInitialisation.Apply(key, generator);
        }
        else
        {
            MomentumUpdate.CopyParameters(query, key);
        }

        MomentumUpdate.Freeze(key);
        var queue = new KeyQueue(config, generator, device);
        query.to(device);
        key.to(device);
        return new ContrastiveModel(query, key, queue, config);
    }

    /// <summary>Puts both encoders in training mode (the key encoder also trains in mode: batch statistics and dropout, as upstream).</summary>
    public void Train()
    {
        Query.train();
        Key.train();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Query.Dispose();
        Key.Dispose();
        Queue.Dispose();
    }
}
