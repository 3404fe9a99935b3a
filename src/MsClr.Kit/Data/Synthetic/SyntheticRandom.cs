namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// A small deterministic generator (xoshiro256**, seeded through SplitMix64) whose stream depends only on the keys it is
/// created from, so every sample, body and format draws its own reproducible numbers independent of iteration order.
/// </summary>
/// <remarks>Written out rather than <see cref="Random"/> so the numbers cannot change with the runtime version.</remarks>
internal struct SyntheticRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private float _spare;
    private bool _hasSpare;

    /// <summary>A generator keyed by up to three integers (e.g. seed, sample index, stream).</summary>
    public SyntheticRandom(long a, long b = 0, long c = 0)
    {
        var x = Mix(Mix(Mix(0x6A09E667F3BCC909UL ^ (ulong)a) ^ (ulong)b) ^ (ulong)c);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a), unlike <see cref="string.GetHashCode()"/> which varies per process.</summary>
    public static long StableHash(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 0x100000001B3UL;
        }

        return (long)Mix(hash);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public float NextFloat() => (NextULong() >> 40) * (1f / (1 << 24));

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public float Uniform(float min, float max) => min + ((max - min) * NextFloat());

    /// <summary>Standard normal (Box–Muller; the second value of each pair is kept for the next call).</summary>
    public float Gaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        var u1 = 1f - NextFloat();
        var radius = MathF.Sqrt(-2f * MathF.Log(u1));
        var (sin, cos) = MathF.SinCos(2f * MathF.PI * NextFloat());
        _spare = radius * sin;
        _hasSpare = true;
        return radius * cos;
    }

    /// <summary>
    /// Approximately standard normal from one draw: the sum of four 16-bit uniforms (Irwin–Hall), rescaled to unit
    /// variance. Bounded by ±3.46; several times cheaper than <see cref="Gaussian()"/>, for the per-coordinate jitter.
    /// </summary>
    public float QuickGaussian()
    {
        var bits = NextULong();
        var sum = (bits & 0xFFFF) + ((bits >> 16) & 0xFFFF) + ((bits >> 32) & 0xFFFF) + (bits >> 48);
        return ((sum * (1f / 65536f)) - 2f) * 1.7320508f;
    }

    /// <summary>Normal with the given spread, clipped to ±<paramref name="limit"/> standard deviations.</summary>
    public float Gaussian(float sigma, float limit) => sigma * Math.Clamp(Gaussian(), -limit, limit);

    private ulong NextULong()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
