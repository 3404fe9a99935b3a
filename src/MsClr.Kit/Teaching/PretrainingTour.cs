using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Data.Batching;
using MsClr.Kit.Experiments;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using Plotly.NET;
using static TorchSharp.torch;

namespace MsClr.Kit.Teaching;

/// <summary>MS-AimCLR step by step on the synthetic benchmark: clips, views, one batch, one loss, then a pretraining run.</summary>
public static class PretrainingTour
{
    private const ulong Seed = 1;

    /// <summary>The two formats the tour pretrains on: Kinect (ntu-rgb+d) and SMPL-X (smplx_42), the paper's main pair.</summary>
    public static IReadOnlyList<SkeletonFormat> Formats { get; } = [SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42];

    /// <summary>The middle frame of the first cross-subject training clip in both <see cref="Formats"/>, after preprocessing.</summary>
    public static GenericChart Clip(Budget budget)
    {
        using var clips = TeachingData.TrainingClips(budget, Formats);
        var poses = Formats.Select(f => (f, TeachingData.MiddleFrame(clips[f].Data))).ToArray();
        return SkeletonFormatsFigure.Build(poses, "One training clip in two formats (centred, shoulders aligned, 50 frames)");
    }

    /// <summary>
    /// The first training clip in Kinect format as stored, as a normal view (temporal crop and shear) and as an extreme
    /// view (plus rotation, flips, masking, blur and noise), each drawn at its middle frame.
    /// </summary>
    public static GenericChart Views(Budget budget)
    {
        var format = SkeletonFormats.NtuRgbD;
        using var clips = TeachingData.TrainingClips(budget, [format]);
        using var scope = NewDisposeScope();
        var clip = clips[format].Data.narrow(0, 0, 1);
        var augmenter = ViewAugmenter.AimClr;
        var normal = augmenter.Normal(clip, format, Seeds.Generator(Seed, "tour-normal"));
        var extreme = augmenter.Extreme(clip, format, Seeds.Generator(Seed, "tour-extreme"));
        (SkeletonFormat, float[])[] poses =
        [
            (TeachingData.Renamed(format, "stored clip"), TeachingData.MiddleFrame(clip)),
            (TeachingData.Renamed(format, "normal view"), TeachingData.MiddleFrame(normal)),
            (TeachingData.Renamed(format, "extreme view"), TeachingData.MiddleFrame(extreme)),
        ];
        return SkeletonFormatsFigure.Build(poses, "AimCLR views of one clip (ntu-rgb+d)");
    }

    /// <summary>
    /// The first batch of the first epoch: which format the query and key views are in (drawn at random per batch) and
    /// the shape (N, C, T, V, M) of each view tensor; V is padded to the largest format of the set.
    /// </summary>
    public static DataFrame OneBatch(Budget budget)
    {
        using var clips = TeachingData.TrainingClips(budget, Formats);
        using var views = FirstBatch(budget, clips);
        (string View, SkeletonFormat Format, Tensor Data)[] rows =
        [
            ("query (normal)", views.QueryFormat, views.Query),
            ("key (normal)", views.KeyFormat, views.Key),
            ("extreme (of the query)", views.QueryFormat, views.Extreme!),
        ];
        return new DataFrame(
            new StringDataFrameColumn("view", rows.Select(r => r.View)),
            new StringDataFrameColumn("format", rows.Select(r => r.Format.Name)),
            new Int32DataFrameColumn("real joints", rows.Select(r => r.Format.JointCount)),
            new StringDataFrameColumn("shape (N, C, T, V, M)", rows.Select(r => $"({string.Join(", ", r.Data.shape)})")));
    }

    /// <summary>
    /// The loss terms of one MS-AimCLR step on the first batch with a freshly initialised model (on the CPU): the InfoNCE
    /// term, the D³M terms of the extreme view without and with energy drop, their total, and the chance level
    /// ln(queue size + 1): the InfoNCE of a model that cannot tell the positive key from the queue's negatives.
    /// </summary>
    public static DataFrame OneStepLosses(Budget budget)
    {
        using var clips = TeachingData.TrainingClips(budget, Formats);
        using var views = FirstBatch(budget, clips);
        var config = Config(budget);
        using var model = ContrastiveModel.Create(clips.Formats, config.EffectiveEncoder, config.EffectiveContrastive, Seeds.Generator(Seed, "init"), CPU);
        model.Train();
        var losses = PretrainStep.ForwardBackward(model, views, PretrainMethod.AimClr, epoch: 1);
        return new DataFrame(
            new StringDataFrameColumn("query format", [views.QueryFormat.Name]),
            new StringDataFrameColumn("key format", [views.KeyFormat.Name]),
            new DoubleDataFrameColumn("nce", [losses.Nce]),
            new DoubleDataFrameColumn("d3m extreme", [losses.Extreme]),
            new DoubleDataFrameColumn("d3m extreme drop", [losses.ExtremeDrop]),
            new DoubleDataFrameColumn("total", [losses.Total]),
            new DoubleDataFrameColumn("chance ln(queue + 1)", [Math.Log(config.EffectiveContrastive.QueueSize + 1)]));
    }

    /// <summary>The experiment the tour runs: MS-AimCLR on both <see cref="Formats"/>, joint stream, synthetic cross-subject.</summary>
    public static ExperimentSpec Spec(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return new ExperimentSpec(PretrainMethod.AimClr, SyntheticBenchmarks.CrossSubject.Name, InputStream.Joint, [.. Formats.Select(f => f.Name)], [Formats[0].Name], budget.Name, Seed);
    }

    /// <summary>
    /// Pretrains <paramref name="spec"/> with <see cref="ExperimentRunner"/> under the kit's data and runs roots (resuming,
    /// or reusing a finished run) and returns its training curves.
    /// </summary>
    public static GenericChart Pretrain(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        KitEnvironment.ConfigureThreads();
        var runner = new ExperimentRunner(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
        using (runner.Pretrain(spec))
        {
            var log = MetricsLog.Load(Path.Combine(runner.RunDirectory(spec), "pretrain", "metrics.parquet"));
            return TrainingCurveChart.Build(log.Rows, $"MS-AimCLR pretraining ({string.Join(" + ", spec.TrainingFormats)}, {spec.Budget} budget)");
        }
    }

    private static PretrainConfig Config(Budget budget) => budget.Apply(new PretrainConfig(Seed: Seed));

    private static BatchViews FirstBatch(Budget budget, MultiFormatClips clips)
    {
        var batches = new PretrainBatches(
            clips, new FormatPairSampler(clips.Formats, FormatPairing.FullRandom), PretrainMethod.AimClr, InputStream.Joint, ViewAugmenter.AimClr,
            Math.Min(budget.BatchSize, clips.Count), Seed);
        return batches.Epoch(1).First().Views;
    }
}
