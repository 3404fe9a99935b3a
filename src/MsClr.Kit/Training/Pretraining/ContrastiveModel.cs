using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Losses;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace MsClr.Kit.Training.Pretraining;

// The contrastive pair, top to bottom: upstream OFF net/aimclr.py (AimCLR: encoder_q, encoder_k, queue, momentum update,
// enqueue, forward), after facebookresearch/moco moco/builder.py; the momentum update is MoCo's Eq. 2,
// θ_k ← m·θ_k + (1 − m)·θ_q; one forward in reference-spec §6.2 steps 1–4. Its loss: Losses/AimClrObjective.cs.

/// <summary>
/// The MoCo pair: the query encoder (trained), the key encoder (its momentum average, never given gradients) and the
/// key queue, shared by every format (reference-spec §6.2.7).
/// </summary>
public sealed class ContrastiveModel : IDisposable
{
    private ContrastiveModel(StGcnEncoder query, StGcnEncoder key, KeyQueue queue, ContrastiveConfig config) =>
        (Query, Key, Queue, Config) = (query, key, queue, config);

    /// <summary>The query encoder with its projection head (encoder_q).</summary>
    public StGcnEncoder Query { get; }

    /// <summary>The momentum key encoder (encoder_k).</summary>
    public StGcnEncoder Key { get; }

    /// <summary>The queue of past keys.</summary>
    public KeyQueue Queue { get; }

    /// <summary>Queue size, momentum, temperature, feature size and mining settings.</summary>
    public ContrastiveConfig Config { get; }

    /// <summary>Builds the pair for <paramref name="formats"/> on <paramref name="device"/>, weights and queue drawn from
    /// <paramref name="generator"/>. The key encoder starts as an exact copy of the query encoder (MoCo's intent), or with
    /// <paramref name="separateKeyInitialisation"/> (ReferenceCompat) re-initialised after the copy, as the official code (§5.7, §12 row 8).</summary>
    public static ContrastiveModel Create(FormatSet formats, EncoderConfig encoder, ContrastiveConfig config, Generator generator, Device device, bool separateKeyInitialisation = false)
    {
        config.Validate();
        var query = new StGcnEncoder(formats, encoder, Heads.Projection(encoder.OutputDim, encoder.OutputDim, config.FeatureDim));
        var key = new StGcnEncoder(formats, encoder, Heads.Projection(encoder.OutputDim, encoder.OutputDim, config.FeatureDim));
        WeightInitialisation.Apply(query, generator);
        if (config.HeadInitialisation == ProjectionInitialisation.FanIn)
        {
            WeightInitialisation.RedrawLinearFanIn(query.Head, generator);
        }

        if (separateKeyInitialisation)
        {
            WeightInitialisation.Apply(key, generator);
        }
        else
        {
            MomentumUpdate.CopyParameters(query, key);
        }

        MomentumUpdate.Freeze(key);
        var queue = new KeyQueue(config.FeatureDim, config.QueueSize, generator, device);
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

    /// <summary>§6.2 step 2: moves the key encoder towards the query encoder, then encodes <paramref name="keyView"/>
    /// (N, C, T, V_k, M, in <paramref name="keyFormat"/>) without gradient into (N, D) L2-normalised keys k.</summary>
    public Tensor MomentumKey(Tensor keyView, SkeletonFormat keyFormat)
    {
        using var _ = no_grad();
        MomentumUpdate.Apply(Query, Key, Config.Momentum);
        return normalize(Key.Forward(keyView, keyFormat), dim: 1);
    }

    /// <summary>§6.2 steps 1 and 3: z = normalize(encoder_q(<paramref name="view"/>)) (N, C, T, V_q, M), then its logits against
    /// this step's <paramref name="key"/> (N, D, <see cref="MomentumKey"/>) and <paramref name="queue"/> (D, K, <see cref="KeyQueue.Snapshot"/>).</summary>
    public ContrastiveLogits QueryLogits(Tensor view, SkeletonFormat format, Tensor key, Tensor queue) =>
        ContrastiveLogits.Compute(normalize(Query.Forward(view, format), dim: 1), key, queue, Config.Temperature);

    /// <summary>The extreme view through one trunk pass: the (N, 1 + K) logits of q_e and of q_ed, its energy-dropped features (§6.4).</summary>
    public (ContrastiveLogits Extreme, ContrastiveLogits ExtremeDrop) ExtremeLogits(Tensor view, SkeletonFormat format, Tensor key, Tensor queue)
    {
        var (plain, dropped) = Query.ForwardWithDrop(view, format);
        return (ContrastiveLogits.Compute(normalize(plain, dim: 1), key, queue, Config.Temperature),
            ContrastiveLogits.Compute(normalize(dropped, dim: 1), key, queue, Config.Temperature));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Query.Dispose();
        Key.Dispose();
        Queue.Dispose();
    }
}

/// <summary>The MoCo memory bank: a (D, K) float32 tensor of L2-normalised keys, one per column, written as a ring.</summary>
/// <remarks>Logits are computed against <see cref="Snapshot"/> (the queue before this step's keys), then <see cref="Enqueue"/>
/// writes the keys and advances the pointer. Upstream's <c>.cuda()</c> and <c>keys.device.index</c> offset are dropped.</remarks>
public sealed class KeyQueue : IDisposable
{
    private readonly Tensor queue;

    /// <summary>Draws the queue as randn(D, K) from <paramref name="generator"/> (on its device), then L2-normalises each column.</summary>
    /// <param name="featureDim">D.</param>
    /// <param name="size">K.</param>
    /// <param name="generator">Seeded source of the initial keys.</param>
    /// <param name="device">Where the queue lives; defaults to the generator's device.</param>
    public KeyQueue(int featureDim, int size, Generator generator, Device? device = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureDim, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        (FeatureDim, Size) = (featureDim, size);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var normalised = normalize(randn([featureDim, size], ScalarType.Float32, generator.device, generator: generator), p: 2, dim: 0);
        queue = (device is null ? normalised : normalised.to(device)).contiguous().MoveToOuterDisposeScope();
    }

    /// <summary>D, the rows of the queue.</summary>
    public int FeatureDim { get; }

    /// <summary>K, the columns (keys) of the queue.</summary>
    public int Size { get; }

    /// <summary>The column the next <see cref="Enqueue"/> writes first, in [0, K).</summary>
    public int Pointer { get; private set; }

    /// <summary>The live (D, K) tensor, owned by this queue: read it for checkpoints, do not dispose or write it.</summary>
    public Tensor Queue => queue;

    /// <summary>A (D, K) copy, without gradient, that later enqueues leave unchanged; the caller owns it.</summary>
    public Tensor Snapshot() => queue.clone();

    /// <summary>§6.2 step 4: writes keysᵀ into columns [ptr, ptr + N) and advances ptr ← (ptr + N) mod K, without gradient.</summary>
    /// <param name="keys">(N, D) normalised keys; N must divide K (MoCo's guard, kept in release builds).</param>
    public void Enqueue(Tensor keys)
    {
        if (keys.ndim != 2 || keys.shape[1] != FeatureDim)
        {
            throw new ArgumentException($"keys must be (N, D = {FeatureDim}), got ({string.Join(", ", keys.shape)})", nameof(keys));
        }

        var batch = keys.shape[0];
        if (batch < 1 || Size % batch != 0)
        {
            throw new ArgumentException(
                $"queue size K = {Size} is not divisible by the batch size N = {batch}: MoCo requires K % N == 0 so that every write is one contiguous block of columns", nameof(keys));
        }

        using (no_grad())
        using (var columns = queue.narrow(1, Pointer, batch))
        using (var transposed = keys.detach().t())
        {
            columns.copy_(transposed);
        }

        Pointer = (int)((Pointer + batch) % Size);
    }

    /// <summary>Restores a checkpointed state: copies <paramref name="state"/> (D, K) into the queue and sets the pointer.</summary>
    public void LoadState(Tensor state, int pointer)
    {
        if (state.ndim != 2 || state.shape[0] != FeatureDim || state.shape[1] != Size)
        {
            throw new ArgumentException($"queue state must be (D = {FeatureDim}, K = {Size}), got ({string.Join(", ", state.shape)})", nameof(state));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(pointer);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pointer, Size);
        using (no_grad())
        {
            queue.copy_(state);
        }

        Pointer = pointer;
    }

    /// <inheritdoc />
    public void Dispose() => queue.Dispose();
}

/// <summary>
/// The key encoder as an exponential moving average of the query encoder's parameters, matched by name (a mismatch names
/// the parameter). Buffers (BatchNorm statistics) are never copied: the key encoder keeps its own, as upstream.
/// </summary>
public static class MomentumUpdate
{
    /// <summary>θ_k ← m·θ_k + (1 − m)·θ_q for every parameter of <paramref name="key"/>, in place, without gradient.</summary>
    public static void Apply(nn.Module query, nn.Module key, double momentum) => Update(query, key, momentum is >= 0 and <= 1
        ? (q, k) => k.mul_(HeldScalars.Of(momentum)).add_(q, HeldScalars.Of(1 - momentum))
        : throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "momentum must be in [0, 1]"));

    /// <summary>Copies every parameter of <paramref name="query"/> into the same-named parameter of <paramref name="key"/>.</summary>
    public static void CopyParameters(nn.Module query, nn.Module key) => Update(query, key, (q, k) => k.copy_(q));

    /// <summary>Sets requires_grad = false on every parameter of <paramref name="key"/> (the key encoder is never trained).</summary>
    public static void Freeze(nn.Module key)
    {
        foreach (var parameter in key.parameters())
        {
            parameter.requires_grad = false;
        }
    }

    private static void Update(nn.Module query, nn.Module key, Func<Tensor, Tensor, Tensor> update)
    {
        using var noGrad = no_grad();
        foreach (var (q, k) in Pairs(query, key))
        {
            update(q, k);
        }
    }

    private static List<(Tensor Query, Tensor Key)> Pairs(nn.Module query, nn.Module key)
    {
        var keys = key.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter, StringComparer.Ordinal);
        var pairs = new List<(Tensor, Tensor)>(keys.Count);
        foreach (var (name, q) in query.named_parameters())
        {
            if (!keys.Remove(name, out var k))
            {
                throw new ArgumentException($"parameter '{name}' of the query module has no counterpart in the key module", nameof(key));
            }

            if (!q.shape.SequenceEqual(k.shape))
            {
                throw new ArgumentException(
                    $"parameter '{name}' has shape ({string.Join(", ", q.shape)}) in the query but ({string.Join(", ", k.shape)}) in the key", nameof(key));
            }

            pairs.Add((q, k));
        }

        return keys.Count == 0
            ? pairs
            : throw new ArgumentException($"parameter '{keys.Keys.First()}' of the key module has no counterpart in the query module", nameof(key));
    }
}
