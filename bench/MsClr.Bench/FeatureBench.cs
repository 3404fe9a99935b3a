using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Bench;

/// <summary>The linear-evaluation step's cost: frozen features of a batch (eval mode, no gradient) at the paper's width.
/// The probe itself is one 256×C matrix and does not show next to it.</summary>
internal static class FeatureBench
{
    public static Measurement Run(SkeletonFormat format, int batchSize, int repeats)
    {
        using var encoder = new StGcnEncoder(new FormatSet(format), new EncoderConfig(), Heads.Classifier(60));
        encoder.eval();
        using var clips = randn([batchSize, 3, 50, format.JointCount, 2], generator: Seeds.Generator(1, "bench-features"));
        return Measurement.Run($"linear evaluation: frozen features ({format.Name}, batch {batchSize})", "samples/s", 1, repeats, () =>
        {
            using var _ = no_grad();
            using var features = encoder.Embed(clips, format);
            return batchSize;
        });
    }
}
