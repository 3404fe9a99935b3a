using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>The pair of recipes that makes AimCLR's views: the normal one (query and key) and the extreme one.</summary>
/// <param name="NormalRecipe">Recipe of the normal views (data2, data3).</param>
/// <param name="ExtremeRecipe">Recipe of the extreme view (data1).</param>
public sealed record ViewAugmenter(ViewRecipe NormalRecipe, ViewRecipe ExtremeRecipe) : IViewAugmenter
{
    /// <summary>AimCLR's defaults: <see cref="ViewRecipe.Normal"/> and <see cref="ViewRecipe.Extreme"/> ('12345').</summary>
    public static ViewAugmenter AimClr { get; } = new(ViewRecipe.Normal, ViewRecipe.Extreme);

    /// <summary>The normal view of <paramref name="batch"/> (N, C, T, V, M); see <see cref="ViewRecipe.Apply"/>.</summary>
    public Tensor Normal(Tensor batch, SkeletonFormat format, Generator generator) => NormalRecipe.Apply(batch, format, generator);

    /// <summary>The extreme view of <paramref name="batch"/> (N, C, T, V, M); see <see cref="ViewRecipe.Apply"/>.</summary>
    public Tensor Extreme(Tensor batch, SkeletonFormat format, Generator generator) => ExtremeRecipe.Apply(batch, format, generator);
}
