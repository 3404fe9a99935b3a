namespace MsClr.Kit.Data.Synthetic;

/// <summary>Applies a <see cref="NoiseProfile"/> to a rendered clip in place.</summary>
internal static class EstimatorNoise
{
    private const long BiasStream = 0x42494153;

    /// <summary>The constant per-joint bias of a format within a dataset: (V, 3) metres, a function of (seed, format name) only.</summary>
    public static float[] Bias(NoiseProfile profile, int seed, string formatName, float scale)
    {
        var random = new SyntheticRandom(seed, SyntheticRandom.StableHash(formatName), BiasStream);
        var bias = new float[profile.Sigma.Length * 3];
        for (var i = 0; i < bias.Length; i++)
        {
            bias[i] = random.Gaussian(profile.BiasSigma * scale, 2.5f);
        }

        return bias;
    }

    /// <summary>Adds bias and AR(1) jitter to every present person and, where the profile drops frames, repeats the previous
    /// frame with probability <paramref name="dropRate"/>.</summary>
    /// <param name="xyz">The clip, (T, M, V, 3) metres; absent persons (all zeros) stay zero.</param>
    /// <param name="frames">T.</param>
    /// <param name="persons">M.</param>
    /// <param name="present">Whether each person slot is occupied, length M.</param>
    /// <param name="profile">The format's noise.</param>
    /// <param name="bias">From <see cref="Bias"/>, (V, 3).</param>
    /// <param name="scale">Multiplier on the jitter.</param>
    /// <param name="dropRate">Per-frame drop probability (ignored unless the profile drops frames).</param>
    /// <param name="random">The (sample, format) stream.</param>
    public static void Apply(
        Span<float> xyz, int frames, int persons, ReadOnlySpan<bool> present, NoiseProfile profile, ReadOnlySpan<float> bias,
        float scale, float dropRate, ref SyntheticRandom random)
    {
        var joints = profile.Sigma.Length;
        var frameSize = joints * 3;
        var state = new float[frameSize];
        var rho = profile.Correlation;
        var innovation = MathF.Sqrt(1 - (rho * rho));
        for (var m = 0; m < persons; m++)
        {
            if (!present[m])
            {
                continue;
            }

            for (var i = 0; i < frameSize; i++)
            {
                state[i] = random.Gaussian(profile.Sigma[i / 3] * scale, 4f);
            }

            for (var t = 0; t < frames; t++)
            {
                var block = xyz.Slice(((t * persons) + m) * frameSize, frameSize);
                if (profile.DropsFrames && t > 0 && random.NextFloat() < dropRate)
                {
                    xyz.Slice((((t - 1) * persons) + m) * frameSize, frameSize).CopyTo(block);
                    continue;
                }

                for (var i = 0; i < frameSize; i++)
                {
                    state[i] = (rho * state[i]) + (innovation * profile.Sigma[i / 3] * scale * random.QuickGaussian());
                    block[i] += bias[i] + state[i];
                }
            }
        }
    }
}
