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
    /// <param name="rebuilding">Receives why an existing file is rebuilt (<see cref="Mismatch"/>), before it is.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Ensure(string dataRoot, SyntheticConfig config, IEnumerable<SkeletonFormat> formats, int frames = 50, bool force = false,
        IProgress<(string Format, int Clips)>? progress = null, Action<string>? rebuilding = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var written = new List<string>();
        foreach (var format in formats)
        {
            var path = StorePaths.For(dataRoot, SyntheticDataset.Name, format.Name);
            if (File.Exists(path) && !force)
            {
                if (Mismatch(path, config, format, frames) is not { } reason)
                {
                    continue;
                }

                rebuilding?.Invoke(reason);
            }

            // Custom formats (joints named after synthetic landmarks) get their anatomical recipe and landmark renderer.
            var recipe = PreprocessingRecipe.ForAny(format, frames);
            var samples = SyntheticDataset.Generate(config, SyntheticRenderer.ForAny(format)).Select(recipe.Apply);
            var count = SkeletonStore.WriteAsync(path, SyntheticDataset.Name, format, samples, [SyntheticDataset.SubjectKey, SyntheticDataset.ViewKey], StoreForm.Of(recipe, format),
                extraMetadata: SyntheticIdentity.Metadata(config)).GetAwaiter().GetResult();
            progress?.Report((format.Name, count));
            written.Add(path);
        }

        return written;
    }

    /// <summary>
    /// Why the store file at <paramref name="path"/> is not what <see cref="Ensure"/> would write for
    /// <paramref name="config"/>, naming the file and every differing field (clip count, form, generator version, any
    /// generator setting, the class catalogue), or null when it is. A budget never silently trains on data made by another
    /// seed, size or generator.
    /// </summary>
    /// <param name="path">An existing synthetic store file.</param>
    /// <param name="config">The generator settings the caller wants.</param>
    /// <param name="format">The file's format.</param>
    /// <param name="frames">Frames per clip after preprocessing.</param>
    public static string? Mismatch(string path, SyntheticConfig config, SkeletonFormat format, int frames = 50)
    {
        ArgumentNullException.ThrowIfNull(config);
        var reader = SkeletonStoreReader.Open(path);
        var differences = new List<string>();
        if (reader.Count != config.Samples)
        {
            differences.Add($"clips: {reader.Count} in the file, {config.Samples} expected");
        }

        // A file that records no form (written by other code) is judged by the rest.
        if (reader.Form is { } form && PreparationPipeline.RecipeOrNull(format, frames) is { } recipe && form != StoreForm.Of(recipe, format))
        {
            differences.Add($"form: {form} in the file, {StoreForm.Of(recipe, format)} expected");
        }

        differences.AddRange(SyntheticIdentity.Differences(reader.FileMetadata, config));
        return differences.Count == 0 ? null : $"{path}: made with other settings than asked for ({string.Join("; ", differences)}); rebuilding it";
    }
}
