using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Store;

namespace MsClr.Kit.Data.Preparation;

/// <summary>
/// Train/test counts per NTU benchmark, computed from a store's metadata and labels with <see cref="NtuSplits"/> (never
/// from paths): the check that a prepared store matches the official split sizes (reference-spec §1.3).
/// </summary>
public static class NtuSplitSummary
{
    /// <summary>
    /// One row per benchmark of <paramref name="dataset"/>: <c>benchmark, train, test, outside</c>, where <c>outside</c>
    /// counts samples not in the benchmark's dataset (0 for a store written by <see cref="NtuPreparation"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The index lacks an NTU metadata column (setup, camera, subject, replication).</exception>
    public static DataFrame FromIndex(StoreIndex index, NtuDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(index);
        var ids = SampleIds(index);
        var benchmarks = NtuDatasets.Benchmarks(dataset);
        var counts = benchmarks.Select(b => (
            Train: ids.Count(id => NtuSplits.InBenchmark(id, b) && NtuSplits.IsTraining(id, b)),
            Test: ids.Count(id => NtuSplits.InBenchmark(id, b) && !NtuSplits.IsTraining(id, b)),
            Outside: ids.Count(id => !NtuSplits.InBenchmark(id, b))))
            .ToArray();
        return new DataFrame(
            new StringDataFrameColumn("benchmark", benchmarks.Select(b => b.Name)),
            new Int32DataFrameColumn("train", counts.Select(c => c.Train)),
            new Int32DataFrameColumn("test", counts.Select(c => c.Test)),
            new Int32DataFrameColumn("outside", counts.Select(c => c.Outside)));
    }

    /// <summary>Reads the index of the store at <paramref name="storePath"/> and summarises it (see <see cref="FromIndex"/>).</summary>
    public static async Task<DataFrame> ReadAsync(string storePath, NtuDataset dataset, CancellationToken cancellationToken = default)
    {
        var reader = await SkeletonStoreReader.OpenAsync(storePath, cancellationToken).ConfigureAwait(false);
        return FromIndex(await reader.ReadIndexAsync(cancellationToken).ConfigureAwait(false), dataset);
    }

    /// <summary>The NTU sample id of every row, rebuilt from its metadata and label (action = label + 1).</summary>
    /// <exception cref="ArgumentException">A metadata column is missing or a value is not a valid id part.</exception>
    internal static NtuSampleId[] SampleIds(StoreIndex index)
    {
        var missing = StoreSchema.NtuMetadataColumns.Where(c => !index.Metadata.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException(
                $"NtuSplitSummary: the store has no {string.Join(", ", missing)} column(s); expected the NTU metadata columns "
                + $"{string.Join(", ", StoreSchema.NtuMetadataColumns)}, found {string.Join(", ", index.MetadataColumns)}");
        }

        var (setup, camera, subject, replication) =
            (index.Metadata["setup"], index.Metadata["camera"], index.Metadata["subject"], index.Metadata["replication"]);
        return Enumerable.Range(0, index.Count)
            .Select(row => new NtuSampleId(setup[row], camera[row], subject[row], replication[row], index.Labels[row] + 1))
            .ToArray();
    }
}
