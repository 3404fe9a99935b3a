using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// The batches of one pretraining epoch: every clip once per training format (the paper's extended iterations), in a
/// shuffled order, full batches only, one (query, key) format pair per batch. Batch b of epoch e depends only on
/// (seed, e, b), so any batch can be rebuilt on resume.
/// </summary>
public sealed class PretrainBatches
{
    private readonly MultiFormatClips _clips;
    private readonly FormatPairSampler _pairs;
    private readonly PretrainMethod _method;
    private readonly InputStream _stream;
    private readonly IViewAugmenter _augmenter;
    private readonly ulong _seed;

    /// <summary>Creates the batch source.</summary>
    public PretrainBatches(MultiFormatClips clips, FormatPairSampler pairs, PretrainMethod method, InputStream stream, IViewAugmenter augmenter, int batchSize, ulong seed)
    {
        if (batchSize < 1 || batchSize > clips.Count * clips.Formats.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"must be in 1..{clips.Count * clips.Formats.Count} (clips × formats)");
        }

        (_clips, _pairs, _method, _stream, _augmenter, BatchSize, _seed) = (clips, pairs, method, stream, augmenter, batchSize, seed);
    }

    /// <summary>The batch source <see cref="Pretrainer"/> uses for <paramref name="config"/>: its method, stream, batch size,
    /// seed and format pairing.</summary>
    public PretrainBatches(MultiFormatClips clips, PretrainConfig config, IViewAugmenter augmenter)
        : this(clips, new FormatPairSampler(clips.Formats, config.Pairing), config.Method, config.Stream, augmenter, config.BatchSize, config.Seed)
    {
    }

    /// <summary>Clips per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Full batches per epoch: clips × formats / batch size.</summary>
    public int IterationsPerEpoch => FormatPairSampler.IterationsPerEpoch(_clips.Count, _clips.Formats.Count, BatchSize);

    /// <summary>The batches of 1-based <paramref name="epoch"/> from batch <paramref name="firstBatch"/> on, built lazily.</summary>
    public IEnumerable<(int Batch, BatchViews Views)> Epoch(int epoch, int firstBatch = 0)
    {
        var order = Order(epoch);
        for (var b = firstBatch; b < IterationsPerEpoch; b++)
        {
            yield return (b, Build(epoch, b, order.AsSpan(b * BatchSize, BatchSize).ToArray()));
        }
    }

    private int[] Order(int epoch)
    {
        var random = Seeds.Random(_seed, "order", epoch);
        var order = Enumerable.Range(0, _clips.Count * _clips.Formats.Count).Select(i => i % _clips.Count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private BatchViews Build(int epoch, int batch, int[] rows)
    {
        using var scope = NewDisposeScope();
        var (queryFormat, keyFormat) = _pairs.ForBatch(batch, Seeds.Random(_seed, "pair", epoch, batch), () => Seeds.Random(_seed, "worker-pairs", epoch));
        var generator = Seeds.Generator(_seed, "augment", epoch, batch);
        var index = tensor(rows.Select(r => (long)r).ToArray());
        var queryClips = _clips[queryFormat].Data.index_select(0, index);
        var keyClips = _clips[keyFormat].Data.index_select(0, index);
        var extreme = _method == PretrainMethod.AimClr ? View(_augmenter.Extreme(queryClips, queryFormat, generator), queryFormat) : null;
        var query = View(_augmenter.Normal(queryClips, queryFormat, generator), queryFormat);
        var key = View(_augmenter.Normal(keyClips, keyFormat, generator), keyFormat);
        var labels = tensor(rows.Select(r => _clips.Labels[r]).ToArray());
        return new BatchViews(extreme?.MoveToOuterDisposeScope(), query.MoveToOuterDisposeScope(), key.MoveToOuterDisposeScope(), queryFormat, keyFormat, labels.MoveToOuterDisposeScope());
    }

    // Streams are computed after augmentation, per view and with the view's own format (bones: q list for q views, k list for k).
    private Tensor View(Tensor augmented, SkeletonFormat format) => StreamTransforms.Apply(augmented, _stream, format);
}
