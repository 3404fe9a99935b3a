using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Training.Pretraining;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>
/// Pretraining while another thread collects garbage in a loop: the condition under which a Scalar that nothing keeps
/// alive is freed during the native call reading it (<see cref="MsClr.Kit.Runtime.HeldScalars"/>). Before the kit held
/// its Scalars, this failed within about ten seconds with LibTorch's "INTERNAL ASSERT FAILED at Scalar.h" from the momentum
/// update; the IL check in <see cref="Architecture.ScalarLifetimeTests"/> is the exhaustive guard, this the end-to-end one
/// (real augmentations, the prefetcher, BatchNorm, SGD, checkpoints).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ScalarLifetimeStressTests
{
    [SlowFact]
    public void Pretrain_WhileAnotherThreadCollectsInALoop_RunsEveryStepToTheEnd()
    {
        using var clips = TinyRuns.Clips(16, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        var config = TinyRuns.Config(PretrainMethod.AimClr, epochs: 6);
        var folder = TinyRuns.TemporaryRunDirectory();
        var stop = false;
        long collections = 0;
        var collector = new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                Interlocked.Increment(ref collections);
            }
        }) { IsBackground = true };
        collector.Start();
        try
        {
            var result = Pretrainer.Run(clips, config, ViewAugmenter.AimClr, folder, CPU);
            using var model = result.Model;

            Assert.True(result.Completed);
            Assert.Equal(Enumerable.Range(1, 6), result.Log.Rows.Select(r => r.Epoch).Distinct());
            Assert.All(result.Log.Rows, e => Assert.True(double.IsFinite(e.Loss), $"epoch {e.Epoch}: loss {e.Loss}"));
        }
        finally
        {
            Volatile.Write(ref stop, true);
            collector.Join();
            Directory.Delete(folder, recursive: true);
        }

        Assert.True(Interlocked.Read(ref collections) > 100, $"only {collections} collections ran beside the training");
    }
}
