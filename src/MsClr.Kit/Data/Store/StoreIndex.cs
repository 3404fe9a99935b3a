namespace MsClr.Kit.Data.Store;

/// <summary>
/// The scalar columns of a store, read without touching <c>xyz</c> (column pruning: tens of milliseconds for 50k rows).
/// Row i of every list is sample i of the file. Columns, not a record per row: a row is a <see cref="SkeletonSample"/>
/// without its coordinates, and one record of those fields is enough.
/// </summary>
public sealed class StoreIndex
{
    internal StoreIndex(
        IReadOnlyList<string> metadataColumns,
        string[] sampleIds,
        int[] labels,
        int[][] metadata,
        int[] frames,
        int[] persons,
        int[] joints,
        int[] personsPresent)
    {
        MetadataColumns = metadataColumns;
        SampleIds = sampleIds;
        Labels = labels;
        Metadata = metadataColumns.Select((c, k) => (c, values: (IReadOnlyList<int>)metadata[k]))
            .ToDictionary(p => p.c, p => p.values, StringComparer.Ordinal);
        Frames = frames;
        Persons = persons;
        Joints = joints;
        PersonsPresent = personsPresent;
    }

    /// <summary>Number of rows (samples).</summary>
    public int Count => SampleIds.Count;

    /// <summary>The file's metadata column names, in column order.</summary>
    public IReadOnlyList<string> MetadataColumns { get; }

    /// <summary>Sample ids, in file order.</summary>
    public IReadOnlyList<string> SampleIds { get; }

    /// <summary>0-based class labels.</summary>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Each metadata column's values by column name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Metadata { get; }

    /// <summary>T per sample.</summary>
    public IReadOnlyList<int> Frames { get; }

    /// <summary>M (person slots) per sample.</summary>
    public IReadOnlyList<int> Persons { get; }

    /// <summary>V per sample (always the format's joint count).</summary>
    public IReadOnlyList<int> Joints { get; }

    /// <summary>Person slots with a non-zero coordinate per sample (NTU: 1 for single-person clips, 2 for interactions).</summary>
    public IReadOnlyList<int> PersonsPresent { get; }

    /// <summary>The metadata of row <paramref name="row"/> as a dictionary, the argument of split functions.</summary>
    public IReadOnlyDictionary<string, int> MetadataOf(int row) =>
        MetadataColumns.ToDictionary(c => c, c => Metadata[c][row], StringComparer.Ordinal);
}
