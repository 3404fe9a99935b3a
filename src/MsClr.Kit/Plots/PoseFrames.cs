using MsClr.Kit.Data;
using static TorchSharp.torch;

namespace MsClr.Kit.Plots;

/// <summary>One frame of a clip as the V·3 floats <see cref="SkeletonFormatsFigure"/> draws.</summary>
public static class PoseFrames
{
    /// <summary>The middle frame of person 0 of clip <paramref name="clip"/> in a (N, C, T, V, M) batch, as V·3 floats (metres).</summary>
    /// <exception cref="ArgumentException">The tensor is not 5-dimensional, or has no clip <paramref name="clip"/>.</exception>
    public static float[] MiddleFrame(Tensor batch, int clip = 0)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.ndim != 5 || clip < 0 || clip >= batch.shape[0])
        {
            throw new ArgumentException($"expected a (N, C, T, V, M) batch holding clip {clip}, got ({string.Join(", ", batch.shape)})", nameof(batch));
        }

        using var scope = NewDisposeScope();
        var frame = batch[clip, TensorIndex.Colon, batch.shape[2] / 2, TensorIndex.Colon, 0].transpose(0, 1).contiguous();
        return frame.to(CPU).data<float>().ToArray();
    }

    /// <summary>The middle frame of person 0 of <paramref name="sample"/>, as V·3 floats.</summary>
    public static float[] MiddleFrame(SkeletonSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var t = sample.Frames / 2;
        return sample.Xyz.AsSpan(sample.Offset(t, 0, 0, 0), sample.Joints * SkeletonSample.Channels).ToArray();
    }
}
