using MsClr.Kit.Data.Metrabs;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Preparation;

/// <summary>
/// The loop shared by every importer: convert files on a small worker pool, keep file order, collect bad files with their
/// errors, report progress, and stream the good samples into one store through <see cref="SkeletonStore.WriteAsync"/>.
/// </summary>
internal static class PreparationPipeline
{
    /// <summary>One run's inputs. <paramref name="Convert"/> reads one file into a sample, throwing on a bad file.</summary>
    public sealed record Job(
        IReadOnlyList<string> Files,
        Func<string, SkeletonSample> Convert,
        string StorePath,
        string Dataset,
        SkeletonFormat Format,
        IReadOnlyList<string> MetadataColumns,
        StoreForm Form,
        int Workers,
        int BufferedFiles);

    /// <summary>Runs <paramref name="job"/>; returns the samples written, whether the store was written, and the failures in file order.</summary>
    public static async Task<(int Converted, bool Written, IReadOnlyList<PreparationFailure> Failures)> RunAsync(
        Job job, IProgress<PreparationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(job.Workers, 1, "Workers");
        ArgumentOutOfRangeException.ThrowIfLessThan(job.BufferedFiles, job.Workers, "BufferedFiles");
        var failures = new List<PreparationFailure>();
        progress?.Report(new PreparationProgress(0, job.Files.Count, null, 0));
        try
        {
            var written = await SkeletonStore.WriteAsync(
                job.StorePath, job.Dataset, job.Format, Samples(job, failures, progress, cancellationToken), job.MetadataColumns,
                job.Form, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (written, true, failures);
        }
        catch (NothingConvertedException)
        {
            return (0, false, failures);
        }
    }

    /// <summary>
    /// The shared preprocessing step: the recipe, after checking the valid length so that an all-zero clip fails with a
    /// message naming the file rather than the resampler's.
    /// </summary>
    /// <exception cref="InvalidDataException">The valid length is 0.</exception>
    public static SkeletonSample Preprocess(string path, SkeletonSample sample, PreprocessingRecipe? recipe, SkeletonFormat format)
    {
        if (recipe is null)
        {
            return sample;
        }

        if (TemporalResize.ValidLength(sample, recipe.ValidLengthJoint) == 0)
        {
            throw new InvalidDataException(
                $"{path}: valid length 0: joint {recipe.ValidLengthJoint} ({format.JointNames[recipe.ValidLengthJoint]}) of person 0 is at "
                + $"the origin in all {sample.Frames} frames; expected at least 1 frame to resample to {recipe.TargetFrames}");
        }

        return recipe.Apply(sample);
    }

    /// <summary>The recipe for <paramref name="format"/>, or null when it has none (a custom format).</summary>
    public static PreprocessingRecipe? RecipeOrNull(SkeletonFormat format, int frames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        try
        {
            return PreprocessingRecipe.For(format, frames);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    private static IEnumerable<SkeletonSample> Samples(
        Job job, List<PreparationFailure> failures, IProgress<PreparationProgress>? progress, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var done = 0;
        foreach (var (file, outcome) in OrderedParallel.Map(job.Files, f => Attempt(job.Convert, f), job.Workers, job.BufferedFiles, cancellationToken))
        {
            done++;
            var (sample, error) = outcome;
            if (sample is not null && !seen.TryAdd(sample.SampleId, file))
            {
                error = $"{file}: sample {sample.SampleId} was already converted from {seen[sample.SampleId]}; expected each sample id once";
                sample = null;
            }

            if (sample is null)
            {
                failures.Add(new PreparationFailure(file, error!));
            }

            progress?.Report(new PreparationProgress(done, job.Files.Count, file, failures.Count));
            if (sample is not null)
            {
                yield return sample;
            }
        }

        if (seen.Count == 0)
        {
            // Thrown inside the writer so that it deletes its temporary file and leaves any earlier store in place.
            throw new NothingConvertedException();
        }
    }

    private static (SkeletonSample? Sample, string? Error) Attempt(Func<string, SkeletonSample> convert, string file)
    {
        try
        {
            return (convert(file), null);
        }
        catch (Exception e) when (e is FormatException or IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or MetrabsImportException)
        {
            // Most messages already start with the path; the others get it, so every line names its file.
            return (null, e.Message.Contains(file, StringComparison.Ordinal) ? e.Message : $"{file}: {e.Message}");
        }
    }

    private sealed class NothingConvertedException : Exception;
}

/// <summary>Where a preparation run stands; reported once before the first file and once per file, in output order.</summary>
/// <param name="FilesDone">Files finished (converted or failed), 0..<paramref name="FilesTotal"/>.</param>
/// <param name="FilesTotal">Files to convert after the dataset and missing-list filters.</param>
/// <param name="CurrentFile">The file just finished; null in the first report.</param>
/// <param name="Failures">Files failed so far.</param>
public readonly record struct PreparationProgress(int FilesDone, int FilesTotal, string? CurrentFile, int Failures);
