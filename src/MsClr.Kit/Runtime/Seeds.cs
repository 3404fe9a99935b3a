namespace MsClr.Kit.Runtime;

/// <summary>
/// Derives independent, reproducible seeds from a run seed and a position (purpose, epoch, batch). Every random draw
/// of a run depends only on (seed, position), never on how many draws came before, so a run resumed at any batch
/// boundary replays exactly what an uninterrupted run would have drawn.
/// </summary>
public static class Seeds
{
    /// <summary>A 64-bit seed for <paramref name="purpose"/> at the given position (SplitMix64 mixing).</summary>
    public static ulong Derive(ulong seed, string purpose, long a = 0, long b = 0)
    {
        var h = Mix(seed ^ 0x9E3779B97F4A7C15UL);
        foreach (var c in purpose)
        {
            h = Mix(h ^ c);
        }

        h = Mix(h ^ (ulong)a);
        return Mix(h ^ (ulong)b);
    }

    /// <summary>A <see cref="Random"/> seeded from <see cref="Derive"/>.</summary>
    public static Random Random(ulong seed, string purpose, long a = 0, long b = 0) =>
        new((int)(Derive(seed, purpose, a, b) & 0x7FFFFFFF));

    /// <summary>A TorchSharp CPU generator seeded from <see cref="Derive"/>.</summary>
    public static TorchSharp.torch.Generator Generator(ulong seed, string purpose, long a = 0, long b = 0) =>
        new(Derive(seed, purpose, a, b) & 0x7FFFFFFFFFFFFFFFUL);

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
