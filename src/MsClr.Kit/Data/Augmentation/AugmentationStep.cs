using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// One augmentation of AimCLR's <c>feeder/tools.py</c>, applied with <see cref="Probability"/> independently to each
/// sample. A step is a value (a record): its settings default to the paper's, and variants are made with <c>with</c>.
/// </summary>
/// <remarks>
/// <para>Randomness: every draw comes from the <see cref="Generator"/> passed in, and from nothing else (no
/// <see cref="Random"/>, no global torch seed). A step first draws the per-sample coins (unless its probability is 1),
/// then its parameters; the same generator state therefore gives the same output on the same device. Draws are made
/// for the whole batch at once (vectorised), so sample n of a batch gets other numbers than the same sample augmented
/// alone from a fresh generator; <see cref="StepDraw.Select"/> gives the per-sample view of a batch's draws. Draws
/// happen on the generator's device and are moved to the data's: give a generator on the data's device to keep the
/// batch-sized noise draw there.</para>
/// <para>Shapes: a batch is (N, C, T, V, M) float32 in metres, a sample is (C, T, V, M); V is the format's native joint
/// count (padding to V_max happens after augmentation). A sample is augmented as a batch of one.</para>
/// </remarks>
public abstract record AugmentationStep
{
    private readonly double probability = 1;

    /// <summary>Chance in [0, 1] that a sample gets this step; each sample has its own coin.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1].</exception>
    public double Probability
    {
        get => probability;
        init => probability = value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Probability), value, $"{GetType().Name}: probability must be in [0, 1]");
    }

    /// <summary>Draws the coins and parameters for a batch of shape <paramref name="shape"/> = (N, C, T, V, M).</summary>
    /// <param name="shape">Shape of the batch the draw is for; (C, T, V, M) is taken as N = 1.</param>
    /// <param name="generator">Seeded source of every number; tensors are drawn on its device.</param>
    /// <returns>A draw the caller disposes.</returns>
    public StepDraw Draw(long[] shape, Generator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var batchShape = AsBatchShape(shape);
        using var scope = NewDisposeScope();
        var count = batchShape[0];
        var applied = Probability >= 1
            ? ones([count], ScalarType.Bool, generator.device)
            : RandomDraws.Coin(generator, count, Probability);
        var values = DrawValues(batchShape, generator);
        return new StepDraw(applied.MoveToOuterDisposeScope(), values.MoveToOuterDisposeScope());
    }

    /// <summary>Applies the step with the given draws: out_n = transform(x_n) where <c>Applied[n]</c>, else x_n.</summary>
    /// <param name="x">(N, C, T, V, M) batch or (C, T, V, M) sample, float32.</param>
    /// <param name="draw">Draws for N samples (N = 1 for a sample), e.g. from <see cref="Draw"/> or <see cref="StepDraw.Select"/>.</param>
    /// <param name="format">The data's skeleton format; V must be its native joint count.</param>
    /// <returns>A new tensor of the input's shape, dtype and device.</returns>
    public Tensor Apply(Tensor x, StepDraw draw, SkeletonFormat format)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var batchShape = AugmentationGuards.RequireData(x, format, nameof(x));
        if (draw.Count != batchShape[0])
        {
            throw new ArgumentException($"{GetType().Name}: draw is for {draw.Count} samples but the data has {batchShape[0]}", nameof(draw));
        }

        using var scope = NewDisposeScope();
        var batch = x.dim() == 4 ? x.unsqueeze(0) : x;
        var transformed = Transform(batch, draw.Values.to(batch.device), format);
        var applied = draw.Applied.to(batch.device).view(-1, 1, 1, 1, 1);
        var result = where(applied, transformed, batch);
        return (x.dim() == 4 ? result.squeeze(0) : result).MoveToOuterDisposeScope();
    }

    /// <summary>Draws for <paramref name="x"/> from <paramref name="generator"/>, then applies them.</summary>
    /// <param name="x">(N, C, T, V, M) or (C, T, V, M), float32.</param>
    /// <param name="format">The data's skeleton format.</param>
    /// <param name="generator">Seeded source of every number.</param>
    /// <returns>A new tensor of the input's shape.</returns>
    public Tensor Apply(Tensor x, SkeletonFormat format, Generator generator)
    {
        using var draw = Draw(x.shape, generator);
        return Apply(x, draw, format);
    }

    /// <summary>Draws the step's parameters for every sample of a batch of shape (N, C, T, V, M), on the generator's device.</summary>
    protected abstract Tensor DrawValues(long[] shape, Generator generator);

    /// <summary>The step applied to every sample of <paramref name="batch"/> (N, C, T, V, M); <paramref name="values"/> is on its device.</summary>
    protected abstract Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format);

    private long[] AsBatchShape(long[] shape) => shape.Length switch
    {
        5 => shape,
        4 => [1, .. shape],
        _ => throw new ArgumentException(
            $"{GetType().Name}: expected a shape (N, C, T, V, M) or (C, T, V, M), got [{string.Join(", ", shape)}]", nameof(shape)),
    };
}
