using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// How the kit measures one paper number: pretrain <paramref name="Method"/> on <paramref name="TrainingFormats"/> for
/// each of <paramref name="Streams"/>, linear-evaluate on <paramref name="EvaluationFormats"/>, and read
/// <see cref="Metric"/> (the primary Kinect classifier's top-1, or the per-format ensemble's). Several streams mean the
/// paper's 3-stream score fusion of the per-stream experiments.
/// </summary>
/// <param name="Method">The pretraining method (the MS- variants are AimCLR with several training formats).</param>
/// <param name="Streams">One stream, or joint, motion and bone for a 3s row.</param>
/// <param name="TrainingFormats">Pretraining format names.</param>
/// <param name="EvaluationFormats">Formats with a linear classifier each; Kinect v2 first, as the paper tests on it.</param>
/// <param name="Ensemble">Whether the number is the per-format classifier ensemble (‡).</param>
/// <param name="Augmentations">False for Table 4's "no augmentation" variant (<see cref="ExperimentSpec.Augmentations"/>).</param>
public sealed record PaperMeasurement(
    PretrainMethod Method,
    IReadOnlyList<InputStream> Streams,
    IReadOnlyList<string> TrainingFormats,
    IReadOnlyList<string> EvaluationFormats,
    bool Ensemble = false,
    bool Augmentations = true)
{
    /// <summary>The result metric that holds the number (<see cref="ResultMetrics.Top1"/> or <see cref="ResultMetrics.EnsembleTop1"/>).</summary>
    public string Metric => Ensemble ? ResultMetrics.EnsembleTop1 : ResultMetrics.Top1;

    /// <summary>Whether the number is a fusion of several stream experiments.</summary>
    public bool IsFusion => Streams.Count > 1;

    /// <summary>
    /// The experiments to run, one per stream, on <paramref name="benchmark"/> (or its synthetic stand-in) at
    /// <paramref name="budget"/>; the unaugmented variant gets its own spec id.
    /// </summary>
    public IReadOnlyList<ExperimentSpec> Specs(Benchmark benchmark, Budget budget, bool useSynthetic, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var kitBenchmark = benchmark.MeasuredOn(useSynthetic);
        return Streams.Select(s => new ExperimentSpec(Method, kitBenchmark, s, TrainingFormats, EvaluationFormats, budget, seed, Augmentations: Augmentations)).ToArray();
    }

    /// <summary>Kinect v2 only, the given stream (AimCLR rows).</summary>
    public static PaperMeasurement SingleFormat(InputStream stream) =>
        new(PretrainMethod.AimClr, [stream], [SkeletonFormats.NtuRgbD.Name], [SkeletonFormats.NtuRgbD.Name]);

    /// <summary>Kinect v2 + SMPL-X, the given stream, with a classifier per format (MS-AimCLR rows; ‡ reads the ensemble).</summary>
    public static PaperMeasurement MultiSkeleton(InputStream stream, bool ensemble = false) => MultiSkeleton([stream], ensemble);

    /// <summary>Kinect v2 + SMPL-X over several streams (3s-MS-AimCLR rows).</summary>
    public static PaperMeasurement MultiSkeleton(IReadOnlyList<InputStream> streams, bool ensemble = false)
    {
        string[] formats = [SkeletonFormats.NtuRgbD.Name, SkeletonFormats.SmplX42.Name];
        return new(PretrainMethod.AimClr, streams, formats, formats, ensemble);
    }

    /// <summary>Joint, motion and bone, the paper's 3-stream order of Table 1.</summary>
    public static IReadOnlyList<InputStream> ThreeStreams { get; } = [InputStream.Joint, InputStream.Motion, InputStream.Bone];
}
