using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// Dropout whose masks come from a <see cref="DropoutRandomness"/> shared by an encoder instead of LibTorch's global
/// generator, so a training step's masks depend only on the seed the trainer sets, not on anything else the process
/// (another test, another thread) draws. Inverted dropout as <c>nn.Dropout</c>: kept values are scaled by 1/(1 − p).
/// </summary>
public sealed class SeededDropout : nn.Module<Tensor, Tensor>
{
    private readonly double _probability;
    private readonly DropoutRandomness _randomness;

    /// <summary>Creates the layer.</summary>
    /// <param name="probability">Probability of zeroing an element.</param>
    /// <param name="randomness">Where the masks are drawn from.</param>
    public SeededDropout(double probability, DropoutRandomness randomness)
        : base(nameof(SeededDropout))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(probability, 1.0);
        (_probability, _randomness) = (probability, randomness);
    }

    /// <summary>Applies dropout in training mode; the identity in eval mode or with p = 0.</summary>
    /// <param name="input">Any shape.</param>
    public override Tensor forward(Tensor input)
    {
        if (!training || _probability == 0)
        {
            return input.alias();
        }

        using var scope = NewDisposeScope();
        // Autograd keeps the multipliers for backward (bf16 at p = 1/2: 2 bytes per element), not the input.
        return (input * DropoutMasks.KeepScale(input, _probability, _randomness.Generator)).MoveToOuterDisposeScope();
    }
}

/// <summary>The generator every <see cref="SeededDropout"/> of one encoder draws from; trainers reseed it per step.</summary>
public sealed class DropoutRandomness
{
    /// <summary>The current generator (CPU; masks are drawn on the input's device from its state).</summary>
    public Generator Generator { get; private set; } = new(0);

    /// <summary>Restarts the stream at <paramref name="seed"/>.</summary>
    public void Reseed(ulong seed) => Generator = new Generator(seed & 0x7FFFFFFFFFFFFFFFUL);
}
