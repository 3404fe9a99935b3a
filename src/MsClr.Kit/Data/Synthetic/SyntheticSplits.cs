namespace MsClr.Kit.Data.Synthetic;

/// <summary>Train/test membership of synthetic samples as pure functions of their metadata (<c>subject</c>, <c>view</c>).</summary>
public static class SyntheticSplits
{
    /// <summary>The view that the cross-view benchmark tests on (the frontal one).</summary>
    public const int CrossViewTestView = 1;

    /// <summary>Whether a sample with this metadata is in the benchmark's training part (false: test part).</summary>
    /// <exception cref="ArgumentException">The metadata lacks the key the benchmark needs.</exception>
    public static bool IsTraining(IReadOnlyDictionary<string, int> metadata, SyntheticBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return benchmark switch
        {
            SyntheticBenchmark.CrossSubject => Value(metadata, SyntheticDataset.SubjectKey) % 2 == 1,
            SyntheticBenchmark.CrossView => Value(metadata, SyntheticDataset.ViewKey) != CrossViewTestView,
            _ => throw new ArgumentOutOfRangeException(
                nameof(benchmark), benchmark, $"unknown benchmark; expected one of {string.Join(", ", Enum.GetNames<SyntheticBenchmark>())}"),
        };
    }

    /// <summary>Whether <paramref name="sample"/> is in the benchmark's training part.</summary>
    public static bool IsTraining(SkeletonSample sample, SyntheticBenchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(sample);
        try
        {
            return IsTraining(sample.Metadata, benchmark);
        }
        catch (ArgumentException e) when (e is not ArgumentOutOfRangeException)
        {
            throw new ArgumentException($"sample {sample.SampleId}: {e.Message}", nameof(sample), e);
        }
    }

    private static int Value(IReadOnlyDictionary<string, int> metadata, string key) =>
        metadata.TryGetValue(key, out var value)
            ? value
            : throw new ArgumentException(
                $"metadata has no '{key}' key (has: {string.Join(", ", metadata.Keys)}); synthetic samples carry '{SyntheticDataset.SubjectKey}' and '{SyntheticDataset.ViewKey}'");
}
