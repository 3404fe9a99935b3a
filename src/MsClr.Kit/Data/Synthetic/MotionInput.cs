namespace MsClr.Kit.Data.Synthetic;

/// <summary>What an action's motion sees in one frame: normalised time and the sample's style draws.</summary>
/// <param name="Tau">Normalised time, 0 at the first frame and 1 at the last.</param>
/// <param name="Amplitude">Movement size factor, about 0.8 to 1.2.</param>
/// <param name="Speed">Multiplier on the number of repetitions of cyclic movements, about 0.85 to 1.2.</param>
/// <param name="Phase">Start phase of cyclic movements, in cycles (0 to 0.15).</param>
/// <param name="Spacing">Distance between the two persons' roots in an interaction, metres (0 for one person).</param>
internal readonly record struct MotionInput(float Tau, float Amplitude, float Speed, float Phase, float Spacing)
{
    /// <summary>Angle in radians of a movement repeated <paramref name="cycles"/> times over the clip (scaled by <see cref="Speed"/>).</summary>
    public float Cycle(float cycles) => 2f * MathF.PI * ((cycles * Speed * Tau) + Phase);

    /// <summary>0 before <paramref name="start"/>, 1 after <paramref name="end"/>, smooth (cubic) in between.</summary>
    public float Ramp(float start, float end) => Smooth(Tau, start, end);

    /// <summary>Rises from 0 to 1 over [a, b], holds, and falls back to 0 over [c, d].</summary>
    public float Window(float a, float b, float c, float d) => Smooth(Tau, a, b) * (1f - Smooth(Tau, c, d));

    /// <summary>Cubic smoothstep of <paramref name="x"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static float Smooth(float x, float start, float end)
    {
        var u = Math.Clamp((x - start) / (end - start), 0f, 1f);
        return u * u * (3f - (2f * u));
    }
}
