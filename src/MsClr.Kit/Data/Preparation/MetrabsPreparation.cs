using MsClr.Kit.Data.Metrabs;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Store;

namespace MsClr.Kit.Data.Preparation;

/// <summary>
/// MeTRAbs <c>.npy</c> output into the store, with the same behaviour as <see cref="NtuPreparation"/>: files found and read
/// by <see cref="MetrabsImporter"/> (<see cref="MetrabsImporter.FindFiles"/>, <see cref="MetrabsImporter.ImportFile"/>:
/// unit to metres, OpenCV to Kinect axes, at most 300 frames), then the format's preprocessing recipe, streamed in file
/// order into <c>{dataRoot}/{dataset}/{format}.parquet</c> on a small worker pool, bad files reported.
/// </summary>
/// <remarks>
/// This is <see cref="MetrabsImporter.ImportToStoreAsync(string, string, string, CancellationToken)"/> with one step added per
/// sample (preprocessing) plus the dataset filter, parallel reading and progress. Preprocessing inside this single pass is
/// the hook: importing first and rewriting the store afterwards would hold a second, full-size copy of the raw store on
/// disk (~17 GB for smplx_42 on NTU-60).
/// </remarks>
public static class MetrabsPreparation
{
    /// <summary>Imports the folder into the store.</summary>
    /// <param name="options">What to import and where to write.</param>
    /// <param name="progress">Told once before the first file and after each file, from the writing thread.</param>
    /// <param name="cancellationToken">Stops the run; the store is then left as it was.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">No file matches <c>*_{skeleton}.npy</c>, or the sample list does not exist.</exception>
    public static async Task<PreparationResult> RunAsync(
        MetrabsPreparationOptions options, IProgress<PreparationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var importer = new MetrabsImporter(options.Format, options.Unit, options.SkeletonName);
        var recipe = options.Preprocess ? PreparationPipeline.RecipeOrNull(options.Format, options.Frames) : null;
        var files = importer.FindFiles(options.NpyFolder);
        if (files.Count == 0)
        {
            throw new FileNotFoundException(
                $"no file under {options.NpyFolder} matches {MetrabsFileNames.Pattern(importer.SkeletonName)} (skeleton '{importer.SkeletonName}')");
        }

        var filter = SampleFilter.Create(NtuDatasets.TryParse(options.Dataset, out var family) ? family : null, options.MissingListPath);
        var (kept, missing, outside) = filter.Apply(files, f => IdOf(f, importer.SkeletonName));
        var job = new PreparationPipeline.Job(
            kept, path => PreparationPipeline.Preprocess(path, importer.ImportFile(path), recipe, options.Format), options.StorePath,
            options.Dataset, options.Format, StoreSchema.NtuMetadataColumns, StoreForm.Of(recipe, options.Format), options.Workers, options.BufferedFiles);
        var (converted, written, failures) = await PreparationPipeline.RunAsync(job, progress, cancellationToken).ConfigureAwait(false);
        return new PreparationResult(
            options.StorePath, options.Dataset, options.Format.Name, written, files.Count, converted, missing, outside, failures, recipe);
    }

    private static NtuSampleId? IdOf(string path, string skeletonName) =>
        MetrabsFileNames.TryGetSampleId(Path.GetFileName(path), skeletonName, out var text) && NtuSampleId.TryParse(text, out var id)
            ? id
            : null;
}
