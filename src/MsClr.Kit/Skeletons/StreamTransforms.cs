using static TorchSharp.torch;

namespace MsClr.Kit.Skeletons;

/// <summary>Joint, bone and motion streams as pure functions on batches of shape (N, C, T, V, M).</summary>
/// <remarks>V may exceed the format's joint count (a batch padded to V_max): padded joints stay zero in every stream.</remarks>
public static class StreamTransforms
{
    /// <summary>Applies <paramref name="stream"/> to <paramref name="batch"/> (N, C, T, V, M); the result has the same shape.</summary>
    public static Tensor Apply(Tensor batch, InputStream stream, SkeletonFormat format) => stream switch
    {
        InputStream.Joint => batch,
        InputStream.Motion => Motion(batch),
        InputStream.Bone => Bone(batch, format),
        _ => throw new ArgumentOutOfRangeException(nameof(stream), stream, "unknown input stream"),
    };

    /// <summary>m[:, :, t] = x[:, :, t+1] − x[:, :, t] for t &lt; T−1 and m[:, :, T−1] = 0. Shape (N, C, T, V, M).</summary>
    public static Tensor Motion(Tensor batch)
    {
        BatchShape.RequireNctvm(batch, nameof(batch));
        var frames = batch.shape[2];
        if (frames < 2)
        {
            return zeros_like(batch);
        }

        var difference = batch.narrow(2, 1, frames - 1) - batch.narrow(2, 0, frames - 1);
        return cat([difference, zeros_like(batch.narrow(2, 0, 1))], 2);
    }

    /// <summary>bone[..., v1, :] = x[..., v1, :] − x[..., v2, :] over <see cref="BonePairs.Of"/>; other joints 0. Shape (N, C, T, V, M).</summary>
    public static Tensor Bone(Tensor batch, SkeletonFormat format)
    {
        BatchShape.RequireNctvm(batch, nameof(batch));
        if (batch.shape[3] < format.JointCount)
        {
            throw new ArgumentException(
                $"batch has {batch.shape[3]} joints but format '{format.Name}' needs at least {format.JointCount}", nameof(batch));
        }

        var pairs = BonePairs.Of(format);
        using var joints = tensor(pairs.Select(p => (long)p.First).ToArray(), device: batch.device);
        using var partners = tensor(pairs.Select(p => (long)p.Second).ToArray(), device: batch.device);
        using var difference = batch.index_select(3, joints) - batch.index_select(3, partners);
        return zeros_like(batch).index_copy_(3, joints, difference);
    }
}
