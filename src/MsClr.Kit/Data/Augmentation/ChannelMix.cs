using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>Per-sample linear maps of the coordinate axis: p' = A_n p at every (t, v, m) of sample n.</summary>
internal static class ChannelMix
{
    /// <summary>Applies <paramref name="matrices"/> (N, 3, 3) to <paramref name="batch"/> (N, 3, T, V, M) with one batched matmul.</summary>
    public static Tensor Apply(Tensor batch, Tensor matrices)
    {
        var n = batch.shape[0];
        using var points = batch.reshape(n, 3, -1);
        using var mixed = matrices.bmm(points);
        return mixed.reshape(batch.shape);
    }

    /// <summary>Throws unless the coordinate axis of <paramref name="batch"/> (N, C, T, V, M) has the three channels x, y, z.</summary>
    public static void RequireXyz(Tensor batch, string step)
    {
        if (batch.shape[1] != 3)
        {
            throw new ArgumentException($"{step} needs C = 3 coordinate channels (x, y, z), got C = {batch.shape[1]}", nameof(batch));
        }
    }
}
