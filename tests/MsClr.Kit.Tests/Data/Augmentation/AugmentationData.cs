using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Data.Augmentation;

internal static class AugmentationData
{
    /// <summary>Random float32 data (N, 3, T, V, M) at the format's native V.</summary>
    public static Tensor Batch(SkeletonFormat format, long count = 4, long frames = 50, long persons = 2, ulong seed = 1) =>
        randn([count, 3, frames, format.JointCount, persons], generator: new Generator(seed));

    /// <summary>A draw with hand-chosen values, applied to every sample unless <paramref name="applied"/> says otherwise.</summary>
    public static StepDraw Draw(Tensor values, params bool[] applied) =>
        new(applied.Length == 0 ? ones([values.shape[0]], ScalarType.Bool) : tensor(applied), values);

    public static float MaxAbsDifference(Tensor a, Tensor b) => (a - b).abs().max().item<float>();

    public static bool Same(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.equal(b).all().item<bool>();
}
