using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Store;

namespace MsClr.Kit.Data.Preparation;

/// <summary>
/// What a store file holds, from its index alone (no coordinates decoded): the <see cref="StoreSummary"/> tables for one
/// file, with NTU class names and the splits of <see cref="DatasetSplits"/>. <c>msclr data summary</c> prints it.
/// </summary>
/// <param name="Path">The store file.</param>
/// <param name="Dataset">Its dataset name.</param>
/// <param name="Format">Its skeleton format's name.</param>
/// <param name="Samples">Number of samples.</param>
/// <param name="PerClass">Samples per class (<c>label, [class,] samples</c>); NTU class names when the dataset name starts with <c>ntu</c>.</param>
/// <param name="Splits">One per-split table per applicable benchmark; empty when the metadata fits none.</param>
/// <param name="Frames">The frame-count distribution (one row).</param>
/// <param name="Persons">Samples by filled person slots.</param>
public sealed record DatasetSummary(
    string Path,
    string Dataset,
    string Format,
    int Samples,
    DataFrame PerClass,
    IReadOnlyList<SplitTable> Splits,
    DataFrame Frames,
    DataFrame Persons)
{
    /// <summary>Summarises the store at <paramref name="storePath"/>.</summary>
    /// <exception cref="FileNotFoundException">No file there.</exception>
    /// <exception cref="SkeletonStoreException">The file breaks the data contract.</exception>
    public static async Task<DatasetSummary> ReadAsync(string storePath, CancellationToken cancellationToken = default)
    {
        var reader = await SkeletonStoreReader.OpenAsync(storePath, cancellationToken).ConfigureAwait(false);
        var index = await reader.ReadIndexAsync(cancellationToken).ConfigureAwait(false);
        var names = reader.Dataset.StartsWith("ntu", StringComparison.OrdinalIgnoreCase)
            && index.Labels.All(l => l is >= 0 and < NtuClassNames.Count)
                ? NtuClassNames.All
                : null;
        var splits = DatasetSplits.For(reader.Dataset, reader.MetadataColumns)
            .Select(s => new SplitTable(s.Name, StoreSummary.PerSplit(index, s.Part)))
            .ToArray();
        return new DatasetSummary(
            reader.Path, reader.Dataset, reader.Format.Name, index.Count, StoreSummary.PerClass(index, names), splits,
            StoreSummary.Frames(index), StoreSummary.Persons(index));
    }

    /// <summary>
    /// The store files under <paramref name="dataRoot"/> (<c>{dataset}/{format}.parquet</c>), sorted by dataset then format;
    /// only <paramref name="dataset"/>'s when given. Temporary files (hidden, <c>.tmp</c>) are never listed.
    /// </summary>
    /// <returns>Empty when the data root or the dataset folder does not exist.</returns>
    public static IReadOnlyList<string> FindStores(string dataRoot, string? dataset = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot);
        if (!Directory.Exists(dataRoot))
        {
            return [];
        }

        return Directory.EnumerateDirectories(dataRoot)
            .Where(d => dataset is null || string.Equals(System.IO.Path.GetFileName(d), dataset, StringComparison.Ordinal))
            .SelectMany(d => Directory.EnumerateFiles(d, "*" + StorePaths.Extension))
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(f)), StringComparer.Ordinal)
            .ThenBy(System.IO.Path.GetFileName, StringComparer.Ordinal)
            .ToArray();
    }
}

/// <summary>One benchmark's <c>StoreSummary.PerSplit</c> table: <c>split, samples, classes</c>.</summary>
/// <param name="Benchmark">The benchmark's name, e.g. <c>ntu60-xview</c>.</param>
/// <param name="Table">Samples and distinct classes per part (train, test, and outside when any).</param>
public sealed record SplitTable(string Benchmark, DataFrame Table);
