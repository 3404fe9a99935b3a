using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Data;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Losses;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Pretraining;

/// <summary>Tiny clips, a tiny encoder and a tiny queue, so whole pretraining runs take seconds on a CPU.</summary>
internal static class TinyRuns
{
    public static MultiFormatClips Clips(int count, params SkeletonFormat[] formats)
    {
        var random = new Random(42);
        var motions = Enumerable.Range(0, count).Select(_ => (Phase: random.NextDouble() * 6, Speed: 0.2 + random.NextDouble())).ToArray();
        return new MultiFormatClips(formats.Select(format => ClipTensors.FromSamples(format, Enumerable.Range(0, count).Select(i =>
        {
            const int frames = 12, persons = 2;
            var xyz = new float[frames * persons * format.JointCount * 3];
            for (var t = 0; t < frames; t++)
            {
                for (var v = 0; v < format.JointCount; v++)
                {
                    for (var c = 0; c < 3; c++)
                    {
                        // Each clip is its own smooth motion, seen similarly by every format.
                        xyz[((t * persons * format.JointCount) + v) * 3 + c] = (float)Math.Sin((motions[i].Speed * t) + motions[i].Phase + (0.3 * v) + c);
                    }
                }
            }

            return new SkeletonSample($"clip{i:D3}", i % 3, new Dictionary<string, int> { ["subject"] = i % 4 }, frames, persons, format.JointCount, xyz);
        }))));
    }

    public static PretrainConfig Config(PretrainMethod method, int epochs, int batch = 4, ulong seed = 7) => new(
        Method: method,
        Epochs: epochs,
        BatchSize: batch,
        LearningRate: 0.05,
        Milestones: [epochs],
        Seed: seed,
        CheckpointEvery: 1,
        Encoder: new EncoderConfig(HiddenChannels: 4, OutputDim: 16, Dropout: 0.1),
        Contrastive: new ContrastiveConfig(QueueSize: 16, Momentum: 0.9, FeatureDim: 8, MiningStartEpoch: 2));

    public static string TemporaryRunDirectory() => Directory.CreateTempSubdirectory("msclr-run-").FullName;

    /// <summary>Views are plain copies: the test isolates the training loop from the augmentations.</summary>
    public sealed class CopyAugmenter : IViewAugmenter
    {
        public Tensor Normal(Tensor batch, SkeletonFormat format, Generator generator) => batch.clone();

        public Tensor Extreme(Tensor batch, SkeletonFormat format, Generator generator) =>
            batch.add(randn(batch.shape, generator: generator).mul(HeldScalars.Of(0.05f)), HeldScalars.One);
    }
}
