using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Pretraining;

public class PretrainOptionsTests
{
    [Fact]
    public void Run_WithOptions_SameStepsAndProgressAsThePositionalCall()
    {
        using var clips = TinyRuns.Clips(8, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        var config = TinyRuns.Config(PretrainMethod.AimClr, epochs: 2);
        var (positionalDir, optionsDir) = (TinyRuns.TemporaryRunDirectory(), TinyRuns.TemporaryRunDirectory());
        try
        {
            var reported = new List<TrainingProgress>();
            using var positional = Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), positionalDir, CPU).Model;
            var viaOptions = Pretrainer.Run(clips, new PretrainOptions(optionsDir) { Config = config, Augmenter = new TinyRuns.CopyAugmenter(), Progress = new Collect(reported) });
            viaOptions.Model.Dispose();

            var expected = MetricsLog.Load(Path.Combine(positionalDir, "metrics.parquet")).Rows.Select(r => r.Loss);
            Assert.Equal(expected, viaOptions.Log.Rows.Select(r => r.Loss));
            Assert.Equal(viaOptions.Log.Rows.Count, reported.Count);
            Assert.True(File.Exists(Path.Combine(optionsDir, "metrics.parquet")));
        }
        finally
        {
            Directory.Delete(positionalDir, recursive: true);
            Directory.Delete(optionsDir, recursive: true);
        }
    }

    [Fact]
    public void Defaults_ArePaperSettingsOnTheCpuWithAimClrViews()
    {
        var options = new PretrainOptions("run");

        Assert.Equal(new PretrainConfig(), options.Config);
        Assert.Equal(300, options.Config.Epochs);
        Assert.Same(ViewAugmenter.AimClr, options.Augmenter);
        Assert.Null(options.Device);
        Assert.Null(options.Progress);
    }

    [Fact]
    public void PretrainBatches_FromConfig_SameBatchesAsTheExplicitConstructor()
    {
        using var clips = TinyRuns.Clips(8, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        var config = TinyRuns.Config(PretrainMethod.AimClr, epochs: 1) with { Pairing = FormatPairing.FullRandom };
        var fromConfig = new PretrainBatches(clips, config, new TinyRuns.CopyAugmenter());
        var explicitly = new PretrainBatches(clips, new FormatPairSampler(clips.Formats, config.Pairing), config.Method, config.Stream, new TinyRuns.CopyAugmenter(), config.BatchSize, config.Seed);

        foreach (var ((_, a), (_, b)) in fromConfig.Epoch(1).Zip(explicitly.Epoch(1)))
        {
            using (a)
            using (b)
            {
                Assert.Equal((a.QueryFormat.Name, a.KeyFormat.Name), (b.QueryFormat.Name, b.KeyFormat.Name));
                Assert.True(a.Query.equal(b.Query).all().item<bool>());
                Assert.True(a.Extreme!.equal(b.Extreme!).all().item<bool>());
            }
        }

        Assert.Equal(config.BatchSize, fromConfig.BatchSize);
    }

    private sealed class Collect(List<TrainingProgress> into) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => into.Add(value);
    }
}
