using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Clips;

/// <summary>
/// Draws the (query, key) format pair of each batch. Every sample of a batch shares the pair, as upstream. The kit
/// draws a fresh pair per batch; upstream fixes one pair per DataLoader worker per epoch (4 pairs cycling), which is
/// an artefact of its worker setup rather than a method choice (reference-spec §12 row 13).
/// </summary>
public sealed class FormatPairSampler
{
    private readonly FormatSet _formats;
    private readonly FormatPairing _pairing;
    private readonly SkeletonFormat _anchor;

    /// <summary>Creates the sampler.</summary>
    /// <param name="formats">The training formats.</param>
    /// <param name="pairing">The pairing rule.</param>
    /// <param name="anchor">The anchor of <see cref="FormatPairing.HalfRandom"/> (default: the first format).</param>
    public FormatPairSampler(FormatSet formats, FormatPairing pairing, SkeletonFormat? anchor = null)
    {
        _formats = formats;
        _pairing = pairing;
        _anchor = anchor ?? formats[0];
        formats.IndexOf(_anchor);
    }

    /// <summary>Data-loader workers of the official setup (4 per GPU), each holding one pair per epoch.</summary>
    public const int OfficialWorkers = 4;

    /// <summary>The pair of batch <paramref name="batch"/>: drawn from <paramref name="batchRandom"/>, or for
    /// <see cref="FormatPairing.FullRandomPerWorker"/> the pair of worker batch mod 4, drawn from <paramref name="epochRandom"/>.</summary>
    public (SkeletonFormat Query, SkeletonFormat Key) ForBatch(int batch, Random batchRandom, Func<Random> epochRandom)
    {
        if (_pairing != FormatPairing.FullRandomPerWorker)
        {
            return Next(batchRandom);
        }

        var random = epochRandom();
        var workers = Enumerable.Range(0, OfficialWorkers).Select(_ => (_formats[random.Next(_formats.Count)], _formats[random.Next(_formats.Count)])).ToArray();
        return workers[batch % OfficialWorkers];
    }

    /// <summary>The next pair, drawn from <paramref name="random"/>.</summary>
    public (SkeletonFormat Query, SkeletonFormat Key) Next(Random random)
    {
        SkeletonFormat Uniform() => _formats[random.Next(_formats.Count)];
        switch (_pairing)
        {
            case FormatPairing.FullRandom or FormatPairing.FullRandomPerWorker:
                var query = Uniform();
                return (query, Uniform());
            case FormatPairing.HalfRandom:
                var anchorIsQuery = random.Next(2) == 0;
                var other = Uniform();
                return anchorIsQuery ? (_anchor, other) : (other, _anchor);
            case FormatPairing.SameFormat:
                var format = Uniform();
                return (format, format);
            default:
                throw new ArgumentOutOfRangeException(nameof(_pairing), _pairing, "unknown format pairing");
        }
    }

    /// <summary>
    /// Iterations in one epoch: the paper multiplies the dataset length by the number of training formats
    /// ("extended training iterations") so every clip is seen once per format per epoch; batches are full (drop_last).
    /// </summary>
    public static int IterationsPerEpoch(int clips, int formats, int batchSize) => clips * formats / batchSize;
}
