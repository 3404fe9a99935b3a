namespace MsClr.Kit.Data.Preprocessing;

/// <summary>
/// The official temporal resampling (FORK <c>feeder/preprocess_ntu.py</c>): the first L frames of each person are
/// treated as an image of height L and resized to the target height with OpenCV <c>INTER_LINEAR</c>, i.e. 2-tap
/// interpolation with half-pixel centres and no anti-aliasing, coefficients in float32.
/// </summary>
public static class TemporalResize
{
    /// <summary>The official valid length: the number of frames in which person 0's <paramref name="joint"/> is not at the origin.</summary>
    /// <remarks>Upstream counts non-zero frames but then keeps the <em>first</em> L frames, assuming the valid frames are
    /// contiguous from frame 0; this reproduces that.</remarks>
    public static int ValidLength(SkeletonSample sample, int joint)
    {
        CheckJoint(sample, joint, nameof(joint));
        var length = 0;
        for (var t = 0; t < sample.Frames; t++)
        {
            var o = sample.Offset(t, 0, joint, 0);
            if (MathF.Abs(sample.Xyz[o]) + MathF.Abs(sample.Xyz[o + 1]) + MathF.Abs(sample.Xyz[o + 2]) != 0)
            {
                length++;
            }
        }

        return length;
    }

    /// <summary>Resizes frames 0..<paramref name="validLength"/>−1 of every person to <paramref name="targetFrames"/> frames.
    /// Every person uses the same valid length (upstream: person 0's).</summary>
    /// <returns>A sample of shape (<paramref name="targetFrames"/>, M, V, 3).</returns>
    /// <exception cref="ArgumentException">The valid length is 0 (an all-zero clip) or exceeds the frame count.</exception>
    public static SkeletonSample Resize(SkeletonSample sample, int targetFrames, int validLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetFrames);
        if (validLength < 1 || validLength > sample.Frames)
        {
            throw new ArgumentException(
                $"sample {sample.SampleId}: valid length {validLength} must be in 1..{sample.Frames} (an all-zero clip cannot be resampled)",
                nameof(validLength));
        }

        var frameSize = sample.Persons * sample.Joints * SkeletonSample.Channels;
        var output = new float[targetFrames * frameSize];
        var scale = (double)validLength / targetFrames;
        for (var y = 0; y < targetFrames; y++)
        {
            var (source, weight) = SourceFrame(y, scale, validLength);
            var next = Math.Min(source + 1, validLength - 1);
            var a = sample.Xyz.AsSpan(source * frameSize, frameSize);
            var b = sample.Xyz.AsSpan(next * frameSize, frameSize);
            var target = output.AsSpan(y * frameSize, frameSize);
            var keep = 1f - weight;
            for (var i = 0; i < frameSize; i++)
            {
                target[i] = (keep * a[i]) + (weight * b[i]);
            }
        }

        return sample with { Frames = targetFrames, Xyz = output };
    }

    /// <summary>Source frame index and the weight of the following frame for output frame <paramref name="y"/>
    /// (OpenCV's rule: s = (y + 0.5)·scale − 0.5, clamped at both ends with weight 0).</summary>
    internal static (int Index, float Weight) SourceFrame(int y, double scale, int sourceFrames)
    {
        var position = (float)(((y + 0.5) * scale) - 0.5);
        var index = (int)MathF.Floor(position);
        var weight = position - index;
        if (index < 0)
        {
            return (0, 0f);
        }

        return index >= sourceFrames - 1 ? (sourceFrames - 1, 0f) : (index, weight);
    }

    internal static void CheckJoint(SkeletonSample sample, int joint, string parameterName)
    {
        if (joint < 0 || joint >= sample.Joints)
        {
            throw new ArgumentOutOfRangeException(parameterName, joint, $"sample {sample.SampleId} has joints 0..{sample.Joints - 1}");
        }
    }
}
