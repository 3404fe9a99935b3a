using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>The generator every <see cref="SeededDropout"/> of one encoder draws from; trainers reseed it per step.</summary>
public sealed class DropoutRandomness
{
    /// <summary>The current generator (CPU; masks are drawn on the input's device from its state).</summary>
    public Generator Generator { get; private set; } = new(0);

    /// <summary>Restarts the stream at <paramref name="seed"/>.</summary>
    public void Reseed(ulong seed) => Generator = new Generator(seed & 0x7FFFFFFFFFFFFFFFUL);
}
