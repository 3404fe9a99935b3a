using Microsoft.Data.Analysis;

namespace MsClr.Kit.Data.Preparation;

/// <summary>One benchmark's <c>StoreSummary.PerSplit</c> table: <c>split, samples, classes</c>.</summary>
/// <param name="Benchmark">The benchmark's name, e.g. <c>ntu60-xview</c>.</param>
/// <param name="Table">Samples and distinct classes per part (train, test, and outside when any).</param>
public sealed record SplitTable(string Benchmark, DataFrame Table);
