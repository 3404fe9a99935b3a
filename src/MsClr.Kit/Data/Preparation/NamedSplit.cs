namespace MsClr.Kit.Data.Preparation;

/// <summary>A benchmark's split as a pure function of a sample's metadata, in the shape <c>StoreSummary.PerSplit</c> takes.</summary>
/// <param name="Benchmark">The benchmark's name, e.g. <c>ntu60-xsub</c> or <c>synthetic-xview</c>.</param>
/// <param name="Split">Names a sample's part from its metadata: <c>train</c>, <c>test</c>, or <c>outside</c> when the sample is not part of the benchmark.</param>
public sealed record NamedSplit(string Benchmark, Func<IReadOnlyDictionary<string, int>, string> Split);
