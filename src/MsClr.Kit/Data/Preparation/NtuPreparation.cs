using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Preparation;

/// <summary>
/// NTU RGB+D gendata into the store: every <c>.skeleton</c> file under a folder (sorted by name, as upstream), filtered by
/// dataset family and the missing-skeleton list, read one file at a time into the official gendata array
/// (<see cref="NtuBodySelection"/>), turned into an <c>ntu-rgb+d</c> <see cref="SkeletonSample"/> and, by default, put
/// through the official preprocessing. All samples stream into one store, <c>{dataRoot}/{ntu60|ntu120}/ntu-rgb+d.parquet</c>,
/// written atomically; bad files are reported, not fatal.
/// </summary>
public static class NtuPreparation
{
    /// <summary>The raw files' extension.</summary>
    public const string Extension = ".skeleton";

    /// <summary>
    /// Converts the folder into the store (see the class summary). Files are parsed on <see cref="NtuPreparationOptions.Workers"/>
    /// threads and written in file-name order, which is sample-id order, so the output does not depend on timing.
    /// </summary>
    /// <param name="options">What to convert and where to write.</param>
    /// <param name="progress">Told once before the first file and after each file, from the writing thread.</param>
    /// <param name="cancellationToken">Stops the run; the store is then left as it was.</param>
    /// <returns>Counts and the failed files with their errors.</returns>
    /// <exception cref="DirectoryNotFoundException">The raw folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">The folder holds no <c>.skeleton</c> file, or the missing list does not exist.</exception>
    /// <exception cref="FormatException">A line of the missing list is not a sample name (the message gives <c>path:line</c>).</exception>
    public static async Task<PreparationResult> RunAsync(
        NtuPreparationOptions options, IProgress<PreparationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var recipe = options.Preprocess ? PreprocessingRecipe.For(SkeletonFormats.NtuRgbD, CheckFrames(options.Frames)) : null;
        var files = FindFiles(options.RawFolder);
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"no {Extension} file under {options.RawFolder}; expected the NTU RGB+D skeleton files (e.g. S001C001P001R001A001{Extension})");
        }

        var filter = SampleFilter.Create(options.Dataset, options.MissingListPath);
        var (kept, missing, outside) = filter.Apply(files, f => NtuSampleId.TryParse(Path.GetFileName(f), out var id) ? id : null);
        var dataset = NtuDatasets.Name(options.Dataset);
        var job = new PreparationPipeline.Job(
            kept, path => ReadSample(path, options.BodySelection, recipe), options.StorePath, dataset, SkeletonFormats.NtuRgbD,
            StoreSchema.NtuMetadataColumns, StoreForm.Of(recipe, SkeletonFormats.NtuRgbD), options.Workers, options.BufferedFiles);
        var (converted, written, failures) = await PreparationPipeline.RunAsync(job, progress, cancellationToken).ConfigureAwait(false);
        return new PreparationResult(
            options.StorePath, dataset, SkeletonFormats.NtuRgbD.Name, written, files.Count, converted, missing, outside, failures, recipe);
    }

    /// <summary>Every <c>.skeleton</c> file under <paramref name="folder"/>, recursively, sorted by file name (ordinal, as upstream's sorted listdir), then path.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> FindFiles(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"NTU skeleton folder not found: {folder}");
        }

        return Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Reads one file into a sample: the id from the file name, the gendata array with <paramref name="selection"/>, then
    /// <paramref name="recipe"/> when given (null keeps the raw frames).
    /// </summary>
    /// <exception cref="FormatException">The file name is not a sample name.</exception>
    /// <exception cref="NtuSkeletonFormatException">The file breaks the <c>.skeleton</c> format (the message gives <c>path:line</c>).</exception>
    /// <exception cref="InvalidDataException">No frame has a body, or the recipe's valid length is 0.</exception>
    public static SkeletonSample ReadSample(string path, BodySelection selection = BodySelection.OfficialFirstTwo, PreprocessingRecipe? recipe = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var id = NtuSampleId.Parse(Path.GetFileName(path));
        var sample = ToSample(NtuSkeletonReader.Read(path), id, selection);
        if (Array.TrueForAll(sample.Xyz, v => v == 0))
        {
            throw new InvalidDataException($"{path}: no body in any of its {sample.Frames} frames; expected at least one frame with a body");
        }

        return PreparationPipeline.Preprocess(path, sample, recipe, SkeletonFormats.NtuRgbD);
    }

    /// <summary>
    /// The gendata array of <paramref name="file"/> as an <c>ntu-rgb+d</c> sample: (T = min(frames, 300), M = 2, V = 25, C = 3)
    /// in metres as recorded; label = action − 1; metadata setup, camera, subject, replication from <paramref name="id"/>.
    /// </summary>
    public static SkeletonSample ToSample(NtuSkeletonFile file, NtuSampleId id, BodySelection selection = BodySelection.OfficialFirstTwo)
    {
        ArgumentNullException.ThrowIfNull(file);
        const int M = NtuBodySelection.MaxBodies;
        const int V = NtuSkeletonFile.JointCount;
        var frames = NtuBodySelection.OutputFrames(file);
        var gendata = NtuBodySelection.ToGendataArray(file, selection);
        var xyz = new float[frames * M * V * SkeletonSample.Channels];
        var o = 0;
        for (var t = 0; t < frames; t++)
        {
            for (var m = 0; m < M; m++)
            {
                for (var v = 0; v < V; v++)
                {
                    for (var c = 0; c < SkeletonSample.Channels; c++)
                    {
                        xyz[o++] = gendata[NtuBodySelection.Offset(c, t, v, m, frames)];
                    }
                }
            }
        }

        return new SkeletonSample(id.ToString(), id.Label, Metadata(id), frames, M, V, xyz);
    }

    /// <summary>The store's NTU metadata of a sample (<see cref="StoreSchema.NtuMetadataColumns"/>), 1-based as in the name.</summary>
    public static IReadOnlyDictionary<string, int> Metadata(NtuSampleId id) => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["setup"] = id.Setup,
        ["camera"] = id.Camera,
        ["subject"] = id.Subject,
        ["replication"] = id.Replication,
    };

    private static int CheckFrames(int frames) => frames >= 1
        ? frames
        : throw new ArgumentOutOfRangeException(nameof(frames), frames, $"NtuPreparationOptions.Frames: expected at least 1 frame, found {frames}");
}
