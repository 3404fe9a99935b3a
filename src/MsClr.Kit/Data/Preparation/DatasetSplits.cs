using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Data.Synthetic;

namespace MsClr.Kit.Data.Preparation;

/// <summary>
/// Which benchmark splits apply to a store, decided from its metadata columns and dataset name (never from paths): the
/// NTU benchmarks for NTU metadata (<see cref="StoreSchema.NtuMetadataColumns"/>), the synthetic cross-subject and
/// cross-view splits for <c>subject</c>/<c>view</c> metadata.
/// </summary>
public static class DatasetSplits
{
    /// <summary>Part name of training samples.</summary>
    public const string Train = "train";

    /// <summary>Part name of test samples.</summary>
    public const string Test = "test";

    /// <summary>Part name of samples that are not in the benchmark's dataset.</summary>
    public const string Outside = "outside";

    /// <summary>
    /// The splits for a store of <paramref name="dataset"/> with <paramref name="metadataColumns"/>. NTU metadata: the two
    /// benchmarks of <c>ntu60</c> or <c>ntu120</c>, all four for another name. Metadata with <c>subject</c> and <c>view</c>:
    /// <c>{dataset}-xsub</c> and <c>{dataset}-xview</c> (<see cref="SyntheticSplits"/>). Anything else: none.
    /// </summary>
    /// <remarks>
    /// The action is not metadata, so the NTU splits place a sample by setup alone; a store written by the kit holds only
    /// its family's actions.
    /// </remarks>
    public static IReadOnlyList<NamedSplit> For(string dataset, IReadOnlyList<string> metadataColumns)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(metadataColumns);
        if (StoreSchema.NtuMetadataColumns.All(metadataColumns.Contains))
        {
            var benchmarks = NtuDatasets.TryParse(dataset, out var family) ? NtuDatasets.Benchmarks(family) : Enum.GetValues<NtuBenchmark>();
            return benchmarks.Select(b => new NamedSplit(NtuDatasets.BenchmarkName(b), m => NtuPart(m, b))).ToArray();
        }

        if (metadataColumns.Contains(SyntheticDataset.SubjectKey) && metadataColumns.Contains(SyntheticDataset.ViewKey))
        {
            return
            [
                new NamedSplit($"{dataset}-xsub", m => SyntheticSplits.IsTraining(m, SyntheticBenchmark.CrossSubject) ? Train : Test),
                new NamedSplit($"{dataset}-xview", m => SyntheticSplits.IsTraining(m, SyntheticBenchmark.CrossView) ? Train : Test),
            ];
        }

        return [];
    }

    private static string NtuPart(IReadOnlyDictionary<string, int> metadata, NtuBenchmark benchmark)
    {
        // Action 1 stands in for the unknown action: the split rules read only setup, camera and subject.
        var id = new NtuSampleId(metadata["setup"], metadata["camera"], metadata["subject"], metadata["replication"], action: 1);
        if (!NtuSplits.InBenchmark(id, benchmark))
        {
            return Outside;
        }

        return NtuSplits.IsTraining(id, benchmark) ? Train : Test;
    }
}

/// <summary>A benchmark's split as a pure function of a sample's metadata, in the shape <c>StoreSummary.PerSplit</c> takes.</summary>
/// <param name="Benchmark">The benchmark's name, e.g. <c>ntu60-xsub</c> or <c>synthetic-xview</c>.</param>
/// <param name="Split">Names a sample's part from its metadata: <c>train</c>, <c>test</c>, or <c>outside</c> when the sample is not part of the benchmark.</param>
public sealed record NamedSplit(string Benchmark, Func<IReadOnlyDictionary<string, int>, string> Split);
