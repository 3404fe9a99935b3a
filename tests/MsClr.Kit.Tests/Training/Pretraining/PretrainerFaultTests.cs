using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Pretraining;

public class PretrainerFaultTests
{
    [Fact]
    public void Run_SecondRunOnTheSameFolder_IsRefusedNamingTheFolder()
    {
        var directory = TinyRuns.TemporaryRunDirectory();
        try
        {
            using var held = RunLock.Acquire(directory);
            using var clips = TinyRuns.Clips(8, SkeletonFormats.NtuRgbD);

            var error = Assert.Throws<InvalidOperationException>(() =>
                Pretrainer.Run(clips, TinyRuns.Config(PretrainMethod.SkeletonClr, epochs: 1), new TinyRuns.CopyAugmenter(), directory, CPU));

            Assert.Contains(directory, error.Message);
            Assert.Contains("in use", error.Message);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Fact]
    public void Run_NaNLoss_StopsNamingTheStepAndTheLastGoodCheckpoint()
    {
        var directory = TinyRuns.TemporaryRunDirectory();
        try
        {
            using var clips = TinyRuns.Clips(8, SkeletonFormats.NtuRgbD);
            var config = TinyRuns.Config(PretrainMethod.SkeletonClr, epochs: 1);
            Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), directory, CPU).Model.Dispose();

            var error = Assert.Throws<TrainingDivergedException>(() =>
                Pretrainer.Run(clips, config with { Epochs = 2 }, new PoisonedAugmenter(), directory, CPU));

            Assert.Contains("epoch 2, step 0", error.Message);
            Assert.Contains(new CheckpointPosition(2, 0).FolderName, error.Message);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    /// <summary>Produces NaN views, as a corrupt clip or an exploding step would.</summary>
    private sealed class PoisonedAugmenter : IViewAugmenter
    {
        public Tensor Normal(Tensor batch, SkeletonFormat format, Generator generator) => batch.mul(HeldScalars.Of(double.NaN));

        public Tensor Extreme(Tensor batch, SkeletonFormat format, Generator generator) => batch.mul(HeldScalars.Of(double.NaN));
    }
}
