using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Teaching;

/// <summary>
/// Synthetic data for a custom format whose joint names are synthetic landmark names (<see cref="SyntheticLandmarks.Names"/>):
/// each joint is rendered at the landmark of the same name.
/// </summary>
internal static class CustomSyntheticFormat
{
    /// <summary>The renderer of any format: built-in tables for built-in formats, landmark names for the others.</summary>
    public static SyntheticRenderer Renderer(SkeletonFormat format) =>
        SkeletonFormats.All.Contains(format)
            ? SyntheticRenderer.For(format)
            : SyntheticRenderer.For(format, format.JointNames.ToDictionary(j => j, j => j, StringComparer.Ordinal));

    /// <summary>
    /// The NTU recipe's anatomical equivalent for a custom format: valid length and centring on the format's centre, the
    /// shoulders from the first mirror pair named like a shoulder (no rotation when there is none).
    /// </summary>
    public static PreprocessingRecipe Recipe(SkeletonFormat format, int frames = 50)
    {
        if (SkeletonFormats.All.Contains(format))
        {
            return PreprocessingRecipe.For(format, frames);
        }

        var shoulders = format.MirrorPairs.Select(p => (JointPair?)p)
            .FirstOrDefault(p => format.JointNames[p!.Value.First].Contains("shoulder", StringComparison.OrdinalIgnoreCase));
        return shoulders is not { } pair
            ? new PreprocessingRecipe(format.Center, format.Center, format.Center, format.Center, frames, AlignShoulders: false)
            : new PreprocessingRecipe(format.Center, format.Center, pair.First, pair.Second, frames);
    }

    /// <summary>Writes the synthetic store file of a custom <paramref name="format"/> for <paramref name="budget"/> when it is missing.</summary>
    public static void Ensure(Budget budget, SkeletonFormat format)
    {
        if (SkeletonFormats.All.Contains(format))
        {
            TeachingData.Ensure(budget, [format]);
            return;
        }

        var config = TeachingData.Config(budget);
        var path = StorePaths.For(KitEnvironment.DataRoot, SyntheticBenchmarks.Dataset, format.Name);
        if (File.Exists(path) && SkeletonStoreReader.Open(path) is var existing && existing.Count == config.Samples && existing.Format.Equals(format))
        {
            return;
        }

        var recipe = Recipe(format);
        var samples = SyntheticDataset.Generate(config, Renderer(format)).Select(recipe.Apply);
        SkeletonStore.WriteAsync(path, SyntheticBenchmarks.Dataset, format, samples, [SyntheticDataset.SubjectKey, SyntheticDataset.ViewKey]).GetAwaiter().GetResult();
    }
}
