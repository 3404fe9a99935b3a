using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// Time flip (upstream <c>random_time_flip</c>, digit '6', p = 0.5): out[:, t] = x[:, T − 1 − t]. Not part of the
/// default extreme recipe; add it with <c>ViewRecipe.Extreme.Then(new TimeFlipStep())</c> (upstream '123456').
/// </summary>
/// <remarks>Values: (N, 0), the step draws nothing but its coin.</remarks>
public sealed record TimeFlipStep : AugmentationStep
{
    /// <summary>A time flip with the upstream probability 0.5.</summary>
    public TimeFlipStep() => Probability = 0.5;

    /// <inheritdoc />
    protected override Tensor DrawValues(long[] shape, Generator generator) =>
        empty([shape[0], 0], ScalarType.Float32, generator.device);

    /// <inheritdoc />
    protected override Tensor Transform(Tensor batch, Tensor values, SkeletonFormat format) => batch.flip(2);
}
