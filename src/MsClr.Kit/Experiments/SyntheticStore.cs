using MsClr.Kit.Data;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;
using MsClr.Kit.IO;

namespace MsClr.Kit.Experiments;

/// <summary>Builds the synthetic benchmark's store files (one per format), preprocessed like NTU to a fixed frame count.</summary>
/// <remarks>Each generator setting has its own folder (<see cref="Dataset(SyntheticConfig)"/>): when every budget's data
/// shared one folder, an experiment with other <c>--clips</c> running beside another rebuilt the files the other was about
/// to read, and that one's linear probe trained on the wrong clips.</remarks>
public static class SyntheticStore
{
    /// <summary>
    /// The data-root folder (the dataset name <see cref="ClipLoader"/> takes) of the store files made with
    /// <paramref name="config"/>: <c>synthetic-{clips}</c> for the benchmark's settings at that clip count (seed 1, as every
    /// budget and <c>prep synthetic</c> use, every other setting at its default), and
    /// <c>synthetic-{clips}-{hash}</c> (the first 8 hex digits of SHA-256 of the settings' JSON) for any other setting.
    /// </summary>
    public static string Dataset(SyntheticConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var name = $"{SyntheticDataset.Name}-{config.Samples}";
        if (config == new SyntheticConfig { Samples = config.Samples, Seed = 1 })
        {
            return name;
        }

        var json = System.Text.Json.JsonSerializer.Serialize(config);
        return $"{name}-{ContentHash.ShortHex(json, 8)}";
    }

    /// <summary>The dataset folder <paramref name="benchmark"/>'s clips are read from at <paramref name="budget"/>: the
    /// synthetic store of <see cref="Budget.SyntheticData"/> (<see cref="Dataset(SyntheticConfig)"/>), or the
    /// benchmark's own dataset (NTU).</summary>
    public static string Dataset(Benchmark benchmark, Budget budget)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(budget);
        return benchmark.Dataset == SyntheticDataset.Name ? Dataset(budget.SyntheticData()) : benchmark.Dataset;
    }

    /// <summary>Writes <c>{dataRoot}/{Dataset(config)}/{format}.parquet</c> for each format whose file is missing, or
    /// was made by another generator version (or all with <paramref name="force"/>).</summary>
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
            var path = StorePaths.For(dataRoot, Dataset(config), format.Name);
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
