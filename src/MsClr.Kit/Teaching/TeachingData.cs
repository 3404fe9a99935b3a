using MsClr.Kit.Data.Batching;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Teaching;

/// <summary>The synthetic data the teaching helpers share: the same clips <see cref="ExperimentRunner"/> builds for a budget.</summary>
internal static class TeachingData
{
    /// <summary>The generator settings <see cref="ExperimentRunner"/> uses for <paramref name="budget"/>, so notebooks and experiments share files.</summary>
    public static SyntheticConfig Config(Budget budget) => new() { Samples = budget.SyntheticClips, Seed = 1 };

    /// <summary>Writes the missing store files of <paramref name="formats"/> (all built-in formats when null) under the kit's data root.</summary>
    public static IReadOnlyList<string> Ensure(Budget budget, IEnumerable<SkeletonFormat>? formats = null) =>
        SyntheticStore.Ensure(KitEnvironment.DataRoot, Config(budget), formats ?? SkeletonFormats.All);

    /// <summary>The store file of <paramref name="format"/> in the synthetic dataset.</summary>
    public static string StorePath(SkeletonFormat format) =>
        Data.Store.StorePaths.For(KitEnvironment.DataRoot, SyntheticBenchmarks.Dataset, format.Name);

    /// <summary>The cross-subject training clips of <paramref name="formats"/>, built first when missing; the caller disposes them.</summary>
    public static MultiFormatClips TrainingClips(Budget budget, IReadOnlyList<SkeletonFormat> formats)
    {
        Ensure(budget, formats);
        return ClipLoader.Load(KitEnvironment.DataRoot, SyntheticBenchmarks.Dataset, formats, SyntheticBenchmarks.CrossSubject.IsTraining);
    }

    /// <summary>The middle frame of person 0 of clip 0 in a (N, C, T, V, M) batch, as V·3 floats.</summary>
    public static float[] MiddleFrame(Tensor batch)
    {
        using var scope = NewDisposeScope();
        var frame = batch[0, TensorIndex.Colon, batch.shape[2] / 2, TensorIndex.Colon, 0].transpose(0, 1).contiguous();
        return frame.to(CPU).data<float>().ToArray();
    }

    /// <summary>The middle frame of person 0 of a sample, as V·3 floats.</summary>
    public static float[] MiddleFrame(Data.SkeletonSample sample)
    {
        var t = sample.Frames / 2;
        return sample.Xyz.AsSpan(sample.Offset(t, 0, 0, 0), sample.Joints * Data.SkeletonSample.Channels).ToArray();
    }

    /// <summary>A copy of <paramref name="format"/> under another name (figure subplots are titled by format name).</summary>
    public static SkeletonFormat Renamed(SkeletonFormat format, string name) =>
        new(name, format.JointNames, format.Edges, format.Center, format.MirrorPairs, format.NativeUnit);
}
