using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>
/// MoCo logits of one query view against its key and the queue: [z·k, z·queue] / T, plus the raw negative cosines.
/// </summary>
/// <remarks>The positive sits in column 0, so the InfoNCE target is class 0 for every row.</remarks>
public sealed class ContrastiveLogits : IDisposable
{
    private ContrastiveLogits(Tensor logits, Tensor negativeCosines)
    {
        Logits = logits;
        NegativeCosines = negativeCosines;
    }

    /// <summary>(N, 1 + K) logits divided by the temperature; column 0 is the positive. Carries the query's gradient.</summary>
    public Tensor Logits { get; }

    /// <summary>(N, K) z·queue before the division by T, detached: the input of nearest-neighbour mining.</summary>
    public Tensor NegativeCosines { get; }

    /// <summary>Computes the logits of <paramref name="query"/> against <paramref name="key"/> and <paramref name="queueSnapshot"/>.</summary>
    /// <param name="query">(N, D) L2-normalised query features z.</param>
    /// <param name="key">(N, D) L2-normalised key features k (computed without gradient in MoCo).</param>
    /// <param name="queueSnapshot">(D, K) the queue before this step's enqueue (<see cref="KeyQueue.Snapshot"/>).</param>
    /// <param name="temperature">T &gt; 0.</param>
    public static ContrastiveLogits Compute(Tensor query, Tensor key, Tensor queueSnapshot, double temperature)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(queueSnapshot);
        if (!(temperature > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "temperature must be > 0");
        }

        if (query.ndim != 2 || !query.shape.SequenceEqual(key.shape))
        {
            throw new ArgumentException(
                $"query and key must both be (N, D), got ({string.Join(", ", query.shape)}) and ({string.Join(", ", key.shape)})", nameof(key));
        }

        if (queueSnapshot.ndim != 2 || queueSnapshot.shape[0] != query.shape[1])
        {
            throw new ArgumentException(
                $"queue must be (D = {query.shape[1]}, K), got ({string.Join(", ", queueSnapshot.shape)})", nameof(queueSnapshot));
        }

        using var scope = NewDisposeScope();
        var positives = (query * key).sum(1, keepdim: true);
        var negatives = query.matmul(queueSnapshot);
        var logits = cat([positives, negatives], 1) / temperature;
        return new ContrastiveLogits(logits.MoveToOuterDisposeScope(), negatives.detach().MoveToOuterDisposeScope());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Logits.Dispose();
        NegativeCosines.Dispose();
    }
}
