using MsClr.Kit.Data;
using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Experiments;

/// <summary>Builds the synthetic benchmark's store files (one per format), preprocessed like NTU to a fixed frame count.</summary>
public static class SyntheticStore
{
    /// <summary>Writes <c>{dataRoot}/synthetic/{format}.parquet</c> for each format whose file is missing (or all with <paramref name="force"/>).</summary>
    /// <param name="dataRoot">The data root.</param>
    /// <param name="config">Generator settings (clip count, seed, ...).</param>
    /// <param name="formats">Formats to write (built-in ones have a preprocessing recipe).</param>
    /// <param name="frames">Frames per clip after preprocessing (paper 50).</param>
    /// <param name="force">Rewrite existing files.</param>
    /// <param name="progress">Receives (format name, clips written) as files complete.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Ensure(string dataRoot, SyntheticConfig config, IEnumerable<SkeletonFormat> formats, int frames = 50, bool force = false, IProgress<(string Format, int Clips)>? progress = null)
    {
        var written = new List<string>();
        foreach (var format in formats)
        {
            var path = StorePaths.For(dataRoot, SyntheticBenchmarks.Dataset, format.Name);
            if (File.Exists(path) && !force && Matches(path, config, format, frames))
            {
                continue;
            }

            // Custom formats (joints named after synthetic landmarks) get their anatomical recipe and landmark renderer.
            var recipe = PreprocessingRecipe.ForAny(format, frames);
            var samples = SyntheticDataset.Generate(config, SyntheticRenderer.ForAny(format)).Select(recipe.Apply);
            var count = SkeletonStore.WriteAsync(path, SyntheticBenchmarks.Dataset, format, samples, [SyntheticDataset.SubjectKey, SyntheticDataset.ViewKey], StoreForm.Of(recipe, format)).GetAwaiter().GetResult();
            progress?.Report((format.Name, count));
            written.Add(path);
        }

        return written;
    }

    // A file made with another clip count or in another form (frames) is rebuilt, so a budget never silently trains on
    // another budget's data. A file that records no form (a custom format's, written by other code) is judged by its count.
    private static bool Matches(string path, SyntheticConfig config, SkeletonFormat format, int frames)
    {
        var reader = SkeletonStoreReader.Open(path);
        return reader.Count == config.Samples
            && (reader.Form is null || PreparationPipeline.RecipeOrNull(format, frames) is not { } recipe || reader.Form == StoreForm.Of(recipe, format));
    }
}
