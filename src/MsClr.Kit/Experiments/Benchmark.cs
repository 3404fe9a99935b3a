namespace MsClr.Kit.Experiments;

/// <summary>A dataset and one of its train/test splits, as a pure function of each clip's metadata.</summary>
/// <param name="Name">Benchmark name, e.g. <c>ntu60-xsub</c> or <c>synthetic-xview</c>.</param>
/// <param name="Dataset">The store dataset folder.</param>
/// <param name="Classes">Number of classes.</param>
/// <param name="IsTraining">True for a training clip, false for a test clip.</param>
public sealed record Benchmark(string Name, string Dataset, int Classes, Func<IReadOnlyDictionary<string, int>, bool> IsTraining)
{
    /// <summary>Whether this is a split of the synthetic benchmark (a stand-in for NTU), not NTU itself.</summary>
    public bool IsSynthetic => Dataset == SyntheticBenchmarks.Dataset;

    /// <summary>Whether a clip is on the test side.</summary>
    public bool IsTest(IReadOnlyDictionary<string, int> metadata) => !IsTraining(metadata);
}
