namespace MsClr.Kit.Data.Synthetic;

/// <summary>Train/test membership of synthetic samples as pure functions of their metadata (<c>subject</c>, <c>view</c>).</summary>
public static class SyntheticSplits
{
    /// <summary>The view that the cross-view benchmark tests on (the frontal one).</summary>
    public const int CrossViewTestView = 1;

    /// <summary>The cross-subject rule: odd subject ids train, even ones test.</summary>
    /// <exception cref="ArgumentException">The metadata lacks <c>subject</c>.</exception>
    public static bool CrossSubjectTrains(IReadOnlyDictionary<string, int> metadata) => Value(metadata, SyntheticDataset.SubjectKey) % 2 == 1;

    /// <summary>The cross-view rule: views 2..V train, view 1 (frontal) tests.</summary>
    /// <exception cref="ArgumentException">The metadata lacks <c>view</c>.</exception>
    public static bool CrossViewTrains(IReadOnlyDictionary<string, int> metadata) => Value(metadata, SyntheticDataset.ViewKey) != CrossViewTestView;

    /// <summary>Whether <paramref name="sample"/> is in the training part of <paramref name="benchmark"/> (e.g.
    /// <see cref="Benchmark.SyntheticCrossSubject"/>); errors name the sample.</summary>
    public static bool IsTraining(SkeletonSample sample, Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(benchmark);
        try
        {
            return benchmark.IsTraining(sample.Metadata);
        }
        catch (ArgumentException e) when (e is not ArgumentOutOfRangeException)
        {
            throw new ArgumentException($"sample {sample.SampleId}: {e.Message}", nameof(sample), e);
        }
    }

    private static int Value(IReadOnlyDictionary<string, int> metadata, string key) =>
        (metadata ?? throw new ArgumentNullException(nameof(metadata))).TryGetValue(key, out var value)
            ? value
            : throw new ArgumentException(
                $"metadata has no '{key}' key (has: {string.Join(", ", metadata.Keys)}); synthetic samples carry '{SyntheticDataset.SubjectKey}' and '{SyntheticDataset.ViewKey}'");
}
