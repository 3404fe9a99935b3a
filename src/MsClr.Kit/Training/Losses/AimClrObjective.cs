using MsClr.Kit.Runtime;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace MsClr.Kit.Training.Losses;

// The AimCLR objective: upstream FORK processor/pretrain_aimclr.py (loss = L_nce + (L_e + L_ed) / 2, mining after epoch
// 150) and OFF net/aimclr.py (logits, mining mask); InfoNCE is the MoCo paper's Eq. 1, D³M and nearest-neighbour mining
// are the AimCLR paper's §3; reference-spec §6.2 steps 3, 5 and 6. Its views come from Pretraining/ContrastiveModel.cs.

/// <summary>MoCo logits of one query view against its key and the queue: [z·k, z·queue] / T, plus the raw negative cosines.</summary>
/// <param name="Logits">(N, 1 + K) divided by T; column 0 is the positive (the InfoNCE target). Carries the query's gradient.</param>
/// <param name="NegativeCosines">(N, K) z·queue before the division by T, detached: the input of mining.</param>
public sealed record ContrastiveLogits(Tensor Logits, Tensor NegativeCosines) : IDisposable
{
    /// <summary>The logits of <paramref name="query"/> (N, D), normalised, against <paramref name="key"/> (N, D) and <paramref name="queue"/> (D, K).</summary>
    public static ContrastiveLogits Compute(Tensor query, Tensor key, Tensor queue, double temperature)
    {
        if (!(temperature > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "temperature must be > 0");
        }

        if (query.ndim != 2 || !query.shape.SequenceEqual(key.shape) || queue.ndim != 2 || queue.shape[0] != query.shape[1])
        {
            throw new ArgumentException(
                $"expected query and key (N, D) and queue (D, K), got ({string.Join(", ", query.shape)}), ({string.Join(", ", key.shape)}) and ({string.Join(", ", queue.shape)})");
        }

        using var scope = NewDisposeScope();
        var negatives = query.matmul(queue);
        var logits = cat([(query * key).sum(1, keepdim: true), negatives], 1).div(HeldScalars.Of(temperature));
        return new ContrastiveLogits(logits.MoveToOuterDisposeScope(), negatives.detach().MoveToOuterDisposeScope());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Logits.Dispose();
        NegativeCosines.Dispose();
    }
}

/// <summary>
/// L = L_nce + (L_e + L_ed) / 2: L_nce is InfoNCE of the normal view q up to <see cref="ContrastiveConfig.MiningStartEpoch"/>
/// and its multi-positive form with the mined neighbours after; L_e and L_ed are D³M of the extreme view q_e and of its
/// energy-dropped features q_ed against q. SkeletonCLR (MoCo v2) is L_nce alone.
/// </summary>
public static class AimClrObjective
{
    /// <summary>InfoNCE: mean_n −log_softmax(logits)[n, 0], the positive in column 0.</summary>
    /// <param name="logits">(N, 1 + K) already divided by T.</param>
    public static Tensor InfoNce(Tensor logits)
    {
        RequireLogits(logits, logits, nameof(logits));
        using var target = zeros(logits.shape[0], ScalarType.Int64, logits.device);
        return cross_entropy(logits, target);
    }

    /// <summary>InfoNCE with several positives: mean_n [ −Σ_j M[n, j]·log_softmax(logits)[n, j] / Σ_j M[n, j] ].</summary>
    /// <param name="logits">(N, 1 + K).</param>
    /// <param name="positiveMask">(N, 1 + K) 0/1, at least one positive per row (<see cref="MiningMask"/>).</param>
    public static Tensor MultiPositiveInfoNce(Tensor logits, Tensor positiveMask)
    {
        RequireLogits(logits, positiveMask, nameof(positiveMask));
        using var scope = NewDisposeScope();
        var mask = positiveMask.to(logits.dtype);
        return (-(mask * log_softmax(logits, 1)).sum(1) / mask.sum(1)).mean().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// D³M: −mean_n Σ_j p[n, j]·log_softmax(<paramref name="otherLogits"/>)[n, j] with p = softmax(<paramref name="targetLogits"/>),
    /// detached. Upstream takes log(softmax(x)); log_softmax is the same value in fp32 and does not underflow (§12 row 24).
    /// </summary>
    /// <param name="targetLogits">(N, 1 + K) of q; no gradient flows into them.</param>
    /// <param name="otherLogits">(N, 1 + K) of q_e or q_ed.</param>
    public static Tensor D3m(Tensor targetLogits, Tensor otherLogits)
    {
        RequireLogits(targetLogits, otherLogits, nameof(otherLogits));
        using var scope = NewDisposeScope();
        var target = softmax(targetLogits.detach(), 1);
        return (-(target * log_softmax(otherLogits, 1)).sum(1)).mean().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Nearest-neighbour mining: M[n, 0] = 1, and M[n, 1 + i] = 1 for each i among the top-<paramref name="topK"/> queue
    /// indices of row n in any of <paramref name="negativeCosines"/> (a union), taken from the raw cosines as upstream.
    /// </summary>
    /// <param name="topK">Entries per row and per view (paper: 1).</param>
    /// <param name="negativeCosines">(N, K) of each view (upstream: q, q_e, q_ed).</param>
    /// <returns>(N, 1 + K) float mask without gradient.</returns>
    public static Tensor MiningMask(int topK, params Tensor[] negativeCosines)
    {
        var first = negativeCosines.Length > 0 && negativeCosines[0].ndim == 2
            ? negativeCosines[0]
            : throw new ArgumentException("expected at least one (N, K) negative-cosine tensor", nameof(negativeCosines));
        ArgumentOutOfRangeException.ThrowIfLessThan(topK, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topK, first.shape[1]);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var mined = zeros_like(first);
        foreach (var cosines in negativeCosines)
        {
            if (!cosines.shape.SequenceEqual(first.shape))
            {
                throw new ArgumentException($"every view's cosines must be ({string.Join(", ", first.shape)}), got ({string.Join(", ", cosines.shape)})", nameof(negativeCosines));
            }

            var (_, indices) = cosines.topk(topK, dim: 1);
            mined.scatter_(1, indices, ones_like(indices, dtype: first.dtype));
        }

        return cat([ones(first.shape[0], 1, dtype: first.dtype, device: first.device), mined], 1).MoveToOuterDisposeScope();
    }

    /// <summary>L_nce once mining has started: the multi-positive InfoNCE of q with the top-k neighbours of q, q_e and q_ed.</summary>
    public static Tensor MinedNce(int topK, ContrastiveLogits query, ContrastiveLogits extreme, ContrastiveLogits extremeDrop)
    {
        using var mask = MiningMask(topK, query.NegativeCosines, extreme.NegativeCosines, extremeDrop.NegativeCosines);
        return MultiPositiveInfoNce(query.Logits, mask);
    }

    /// <summary>The extreme view's share (L_e + L_ed) / 2 and its two terms, with q's logits as the detached target.</summary>
    public static (Tensor Term, Tensor Extreme, Tensor ExtremeDrop) ExtremeTerm(Tensor queryLogits, ContrastiveLogits extreme, ContrastiveLogits extremeDrop)
    {
        var lossExtreme = D3m(queryLogits, extreme.Logits);
        var lossExtremeDrop = D3m(queryLogits, extremeDrop.Logits);
        return (lossExtreme.add(lossExtremeDrop, HeldScalars.One).div(HeldScalars.Of(2)), lossExtreme, lossExtremeDrop);
    }

    private static void RequireLogits(Tensor expected, Tensor actual, string name)
    {
        if (expected.ndim != 2 || expected.shape[1] < 2 || !expected.shape.SequenceEqual(actual.shape))
        {
            throw new ArgumentException(
                $"expected (N, 1 + K) tensors of one shape with K ≥ 1, got ({string.Join(", ", expected.shape)}) and ({string.Join(", ", actual.shape)})", name);
        }
    }
}
