using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Bench;

/// <summary>AimCLR's three views of a batch (extreme and normal of the query format, normal of the key format), as the
/// batch builder makes them, in samples per second.</summary>
internal static class AugmentationBench
{
    public static Measurement Run(SkeletonFormat format, int batchSize, int repeats)
    {
        using var clips = randn([batchSize, 3, 50, format.JointCount, 2], generator: Seeds.Generator(1, "bench-clips"));
        var augmenter = ViewAugmenter.AimClr;
        var batch = 0;
        return Measurement.Run($"augmentations, 3 AimCLR views ({format.Name}, batch {batchSize})", "samples/s", 1, repeats, () =>
        {
            using var scope = NewDisposeScope();
            var generator = Seeds.Generator(1, "bench-augment", batch++);
            augmenter.Extreme(clips, format, generator);
            augmenter.Normal(clips, format, generator);
            augmenter.Normal(clips, format, generator);
            return batchSize;
        });
    }
}
