using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// Axis mask (upstream <c>axis_mask</c>, extreme view, p = 0.5): one coordinate channel, uniform in {x, y, z}, is set
/// to 0 in every frame, joint and person.
/// </summary>
/// <remarks>Values: (N) int64 channel index in {0, 1, 2}.</remarks>
public sealed record AxisMaskStep : AugmentationStep
{
    /// <summary>An axis mask with the paper's probability 0.5.</summary>
    public AxisMaskStep() => Probability = 0.5;

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator) => RandomDraws.Integer(generator, shape[0], 3);

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format)
    {
        ChannelMix.RequireXyz(batch, nameof(AxisMaskStep));
        var masked = nn.functional.one_hot(values.view(-1), 3).to(ScalarType.Bool).view(-1, 3, 1, 1, 1);
        return batch.masked_fill(masked, HeldScalars.Of(0.0));
    }
}
