using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Features made from the coordinates alone, with no model: the raw-input baselines a learned representation must beat.
/// A linear probe on them (<see cref="LinearProbe"/>, same protocol as the encoders') says how much of a benchmark is
/// solvable from static posture and its spread, without learning anything about motion.
/// </summary>
public static class RawCoordinateFeatures
{
    /// <summary>Each joint's mean and standard deviation over time, per person and channel.</summary>
    /// <param name="batch">(N, C, T, V, M) clips, already in the stream to summarise.</param>
    /// <returns>(N, 2·M·V·C), float32: first every mean, then every standard deviation (population, ÷T), each block in
    /// (M, V, C) order: feature index m·V·C + v·C + c for the mean and M·V·C + m·V·C + v·C + c for the deviation.</returns>
    public static Tensor Statistics(Tensor batch)
    {
        BatchShape.RequireNctvm(batch, nameof(batch));
        using var scope = NewDisposeScope();
        var perPerson = batch.to(float32).permute(0, 4, 3, 1, 2); // (N, M, V, C, T)
        var mean = perPerson.mean([4L]);
        var std = (perPerson - mean.unsqueeze(4)).pow(HeldScalars.Of(2)).mean([4L]).sqrt();
        var n = batch.shape[0];
        return cat([mean.reshape(n, -1), std.reshape(n, -1)], 1).MoveToOuterDisposeScope();
    }

    /// <summary>The whole clip as one vector.</summary>
    /// <param name="batch">(N, C, T, V, M) clips, already in the stream to use.</param>
    /// <returns>(N, C·T·V·M), float32, in the batch's memory order (index c·T·V·M + t·V·M + v·M + m).</returns>
    public static Tensor Flattened(Tensor batch)
    {
        BatchShape.RequireNctvm(batch, nameof(batch));
        return batch.to(float32).reshape(batch.shape[0], -1);
    }
}
