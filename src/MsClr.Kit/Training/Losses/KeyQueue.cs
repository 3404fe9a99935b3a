using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>
/// The MoCo memory bank: a (D, K) float32 tensor of L2-normalised keys, one per column, written as a ring.
/// </summary>
/// <remarks>
/// Upstream order within a step: logits are computed against <see cref="Snapshot"/> (the queue before this step's
/// keys), then <see cref="Enqueue"/> writes the keys and advances the pointer. The tensor lives on the device given at
/// construction; nothing here assumes CUDA (upstream's <c>.cuda()</c> and <c>keys.device.index</c> offset are dropped).
/// </remarks>
public sealed class KeyQueue : IDisposable
{
    private readonly Tensor queue;

    /// <summary>Draws the queue as randn(D, K) from <paramref name="generator"/>, then L2-normalises each column.</summary>
    /// <param name="featureDim">D.</param>
    /// <param name="size">K.</param>
    /// <param name="generator">Seeded source of the initial keys; the draw happens on its device.</param>
    /// <param name="device">Where the queue lives; defaults to the generator's device.</param>
    public KeyQueue(int featureDim, int size, Generator generator, Device? device = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureDim, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentNullException.ThrowIfNull(generator);
        FeatureDim = featureDim;
        Size = size;
        using var scope = NewDisposeScope();
        using (no_grad())
        {
            var drawn = randn([featureDim, size], ScalarType.Float32, generator.device, generator: generator);
            var normalised = nn.functional.normalize(drawn, p: 2, dim: 0);
            queue = (device is null ? normalised : normalised.to(device)).contiguous().MoveToOuterDisposeScope();
        }
    }

    /// <summary>A queue of <see cref="ContrastiveConfig.FeatureDim"/> × <see cref="ContrastiveConfig.QueueSize"/>.</summary>
    public KeyQueue(ContrastiveConfig config, Generator generator, Device? device = null)
        : this(config.Validate().FeatureDim, config.QueueSize, generator, device)
    {
    }

    /// <summary>D, the rows of the queue.</summary>
    public int FeatureDim { get; }

    /// <summary>K, the columns (keys) of the queue.</summary>
    public int Size { get; }

    /// <summary>The column the next <see cref="Enqueue"/> writes first, in [0, K).</summary>
    public int Pointer { get; private set; }

    /// <summary>The live (D, K) float32 tensor, owned by this queue: read it for checkpoints, do not dispose or write it.</summary>
    public Tensor Queue => queue;

    /// <summary>The device the queue lives on.</summary>
    public Device Device => queue.device;

    /// <summary>A detached copy of the queue, (D, K), that later enqueues leave unchanged; the caller owns it.</summary>
    public Tensor Snapshot()
    {
        using (no_grad())
        {
            return queue.detach().clone();
        }
    }

    /// <summary>Writes keysᵀ into columns [ptr, ptr + N) and advances ptr ← (ptr + N) mod K, without gradient.</summary>
    /// <param name="keys">(N, D) normalised keys; N must divide K (MoCo's protocol guard, kept in release builds).</param>
    public void Enqueue(Tensor keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.ndim != 2 || keys.shape[1] != FeatureDim)
        {
            throw new ArgumentException(
                $"keys must be (N, D = {FeatureDim}), got ({string.Join(", ", keys.shape)})", nameof(keys));
        }

        var batch = keys.shape[0];
        if (batch < 1 || Size % batch != 0)
        {
            throw new ArgumentException(
                $"queue size K = {Size} is not divisible by the batch size N = {batch}: MoCo requires K % N == 0 " +
                "so that every write is one contiguous block of columns", nameof(keys));
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
        ArgumentNullException.ThrowIfNull(state);
        if (state.ndim != 2 || state.shape[0] != FeatureDim || state.shape[1] != Size)
        {
            throw new ArgumentException(
                $"queue state must be (D = {FeatureDim}, K = {Size}), got ({string.Join(", ", state.shape)})", nameof(state));
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
