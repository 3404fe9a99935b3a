using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// The random draws of one <see cref="AugmentationStep"/> for a batch of N samples: a coin per sample and the step's
/// per-sample parameters. Drawing and applying are separate so a batch and its samples can be augmented with the same
/// numbers, and so tests can apply a step with hand-chosen parameters.
/// </summary>
/// <param name="Applied">(N) bool: whether each sample gets the step (its coin came up; all true when the step's
/// probability is 1).</param>
/// <param name="Values">(N, …) the step's parameters, one row per sample; the layout, dtype and units are documented on
/// each step type. Drawn on the generator's device; moved to the data's device when applied.</param>
public sealed record StepDraw(Tensor Applied, Tensor Values) : IDisposable
{
    /// <summary>N, the number of samples drawn for.</summary>
    public long Count => Applied.shape[0];

    /// <summary>The draws of sample <paramref name="index"/> as a one-sample draw (views, no copy).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in 0..N−1.</exception>
    public StepDraw Select(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return new StepDraw(Applied.narrow(0, index, 1), Values.narrow(0, index, 1));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Applied.Dispose();
        Values.Dispose();
    }
}
