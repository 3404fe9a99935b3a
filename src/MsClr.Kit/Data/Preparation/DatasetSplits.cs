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
    /// <summary>
    /// The benchmarks for a store of <paramref name="dataset"/> with <paramref name="metadataColumns"/>. NTU metadata: the
    /// two protocols of <c>ntu60</c> or <c>ntu120</c>, all four for another name. Metadata with <c>subject</c> and
    /// <c>view</c>: <c>{dataset}-xsub</c> and <c>{dataset}-xview</c> (<see cref="Benchmark.SyntheticSplitsOf"/>). Anything else: none.
    /// Each benchmark's <see cref="Benchmark.Part"/> names a sample's part in the shape <c>StoreSummary.PerSplit</c> takes.
    /// </summary>
    /// <remarks>
    /// The action is not metadata, so the NTU splits place a sample by setup alone; a store written by the kit holds only
    /// its family's actions.
    /// </remarks>
    public static IReadOnlyList<Benchmark> For(string dataset, IReadOnlyList<string> metadataColumns)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(metadataColumns);
        if (StoreSchema.NtuMetadataColumns.All(metadataColumns.Contains))
        {
            return NtuDatasets.TryParse(dataset, out var family)
                ? NtuDatasets.Benchmarks(family)
                : [Benchmark.Ntu60CrossSubject, Benchmark.Ntu60CrossView, Benchmark.Ntu120CrossSubject, Benchmark.Ntu120CrossSetup];
        }

        if (metadataColumns.Contains(SyntheticDataset.SubjectKey) && metadataColumns.Contains(SyntheticDataset.ViewKey))
        {
            return dataset == SyntheticDataset.Name ? [Benchmark.SyntheticCrossSubject, Benchmark.SyntheticCrossView] : Benchmark.SyntheticSplitsOf(dataset);
        }

        return [];
    }
}
