using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Pretraining;

public class PretrainerTests
{
    [Fact]
    public void Run_InterruptedAndResumed_EndsBitIdenticalToAnUninterruptedRun()
    {
        using var clips = TinyRuns.Clips(8, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        var config = TinyRuns.Config(PretrainMethod.AimClr, epochs: 3);
        var (straightDir, resumedDir) = (TinyRuns.TemporaryRunDirectory(), TinyRuns.TemporaryRunDirectory());
        try
        {
            var straight = Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), straightDir, CPU);
            using var cancel = new CancellationTokenSource();
            var stopAt = new Progress<TrainingProgress>();
            var first = Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), resumedDir, CPU,
                new Interrupt(cancel, epoch: 2, step: 1), cancel.Token);
            first.Model.Dispose();
            var resumed = Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), resumedDir, CPU);

            Assert.False(first.Completed);
            Assert.Equal(new CheckpointPosition(2, 2), first.Next);
            Assert.Equal(new CheckpointPosition(2, 2), resumed.ResumedFrom);
            Assert.True(resumed.Completed);
            Assert.Equal(string.Join("\n", straight.Log.Rows.Select(r => $"{r.Epoch}/{r.Step} {r.Loss:R}")), string.Join("\n", resumed.Log.Rows.Select(r => $"{r.Epoch}/{r.Step} {r.Loss:R}")));
            AssertSameState(straight.Model.Query, resumed.Model.Query);
            AssertSameState(straight.Model.Key, resumed.Model.Key);
            Assert.True(straight.Model.Queue.Queue.equal(resumed.Model.Queue.Queue).all().item<bool>());
            Assert.Equal(straight.Log.Rows.Select(r => r.Loss), resumed.Log.Rows.Select(r => r.Loss));
            straight.Model.Dispose();
            resumed.Model.Dispose();
        }
        finally
        {
            Directory.Delete(straightDir, true);
            Directory.Delete(resumedDir, true);
        }
    }

    [Fact]
    public void Run_SkeletonClrOnTinyData_LossGoesDown()
    {
        using var clips = TinyRuns.Clips(16, SkeletonFormats.NtuRgbD);
        var config = TinyRuns.Config(PretrainMethod.SkeletonClr, epochs: 15) with
        {
            // On 16 clips with a queue of 8, larger rates make MoCo collapse to uniform logits (loss log 9).
            LearningRate = 0.01,
            Encoder = new Kit.Models.EncoderConfig(HiddenChannels: 8, OutputDim: 32, Dropout: 0),
            Contrastive = new Kit.Training.Losses.ContrastiveConfig(QueueSize: 8, Momentum: 0.5, FeatureDim: 16),
        };
        var directory = TinyRuns.TemporaryRunDirectory();
        try
        {
            var result = Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), directory, CPU);

            // Epoch 1 is easy (the queue still holds random keys); from epoch 2 on it holds real keys.
            var perEpoch = result.Log.Rows.GroupBy(r => r.Epoch).Select(g => g.Average(r => r.Loss)).ToArray();
            Assert.True(perEpoch[^1] < perEpoch[1] * 0.8, $"loss per epoch: {string.Join(", ", perEpoch.Select(l => l.ToString("F3")))}");
            Assert.True(File.Exists(Path.Combine(directory, "metrics.parquet")));
            Assert.Equal(result.Log.Rows.Count, MetricsLog.Load(Path.Combine(directory, "metrics.parquet")).Rows.Count);
            result.Model.Dispose();
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Fact]
    public void Run_Bf16Convolutions_RepeatsItselfAndFollowsFp32WithinRounding()
    {
        using var clips = TinyRuns.Clips(16, SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        var fp32Config = TinyRuns.Config(PretrainMethod.AimClr, epochs: 1);
        var bf16Config = fp32Config with { Precision = Kit.Models.ComputePrecision.BFloat16 };
        var directories = new[] { TinyRuns.TemporaryRunDirectory(), TinyRuns.TemporaryRunDirectory(), TinyRuns.TemporaryRunDirectory() };
        try
        {
            var fp32 = Pretrainer.Run(clips, fp32Config, new TinyRuns.CopyAugmenter(), directories[0], CPU);
            var bf16 = Pretrainer.Run(clips, bf16Config, new TinyRuns.CopyAugmenter(), directories[1], CPU);
            var again = Pretrainer.Run(clips, bf16Config, new TinyRuns.CopyAugmenter(), directories[2], CPU);

            Assert.Equal(Kit.Models.ComputePrecision.BFloat16, bf16.Model.Query.Precision);
            Assert.Equal(Kit.Models.ComputePrecision.BFloat16, bf16.Model.Key.Precision);
            Assert.Equal(bf16.Log.Rows.Select(r => r.Loss), again.Log.Rows.Select(r => r.Loss));
            var pairs = fp32.Log.Rows.Zip(bf16.Log.Rows, (a, b) => (Fp32: a.Loss, Bf16: b.Loss)).ToArray();
            Assert.True(pairs.Length >= 2, $"{pairs.Length} logged steps");
            Assert.All(pairs, p => Assert.True(Math.Abs(p.Bf16 - p.Fp32) < 0.05 * Math.Abs(p.Fp32), $"losses (fp32, bf16): {string.Join(", ", pairs)}"));
            Assert.Contains(pairs, p => p.Bf16 != p.Fp32);
            foreach (var result in new[] { fp32, bf16, again })
            {
                result.Model.Dispose();
            }
        }
        finally
        {
            foreach (var directory in directories)
            {
                Directory.Delete(directory, true);
            }
        }
    }

    [Fact]
    public void Run_SameSeedTwice_GivesTheSameLosses()
    {
        using var clips = TinyRuns.Clips(8, SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        var config = TinyRuns.Config(PretrainMethod.AimClr, epochs: 1);
        var (a, b) = (TinyRuns.TemporaryRunDirectory(), TinyRuns.TemporaryRunDirectory());
        try
        {
            var first = Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), a, CPU);
            var second = Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), b, CPU);

            Assert.Equal(first.Log.Rows.Select(r => (r.Loss, r.QueryFormat, r.KeyFormat)), second.Log.Rows.Select(r => (r.Loss, r.QueryFormat, r.KeyFormat)));
            first.Model.Dispose();
            second.Model.Dispose();
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [Fact]
    public void Load_CorruptCheckpointFile_IsReportedByName()
    {
        using var clips = TinyRuns.Clips(8, SkeletonFormats.NtuRgbD);
        var config = TinyRuns.Config(PretrainMethod.SkeletonClr, epochs: 1);
        var directory = TinyRuns.TemporaryRunDirectory();
        try
        {
            Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), directory, CPU).Model.Dispose();
            var file = Path.Combine(directory, "checkpoints", new CheckpointPosition(2, 0).FolderName, "query.dat");
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 0x40;
            File.WriteAllBytes(file, bytes);

            var error = Assert.Throws<InvalidDataException>(() => Pretrainer.Run(clips, config with { Epochs = 2 }, new TinyRuns.CopyAugmenter(), directory, CPU));
            Assert.Contains("query.dat", error.Message);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    private static void AssertSameState(TorchSharp.torch.nn.Module expected, TorchSharp.torch.nn.Module actual)
    {
        var other = actual.state_dict();
        foreach (var (name, value) in expected.state_dict())
        {
            Assert.True(value.equal(other[name]).all().item<bool>(), $"{name} differs");
        }
    }

    private sealed class Interrupt(CancellationTokenSource cancel, int epoch, int step) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            if (value.Epoch == epoch && value.Step == step)
            {
                cancel.Cancel();
            }
        }
    }
}
