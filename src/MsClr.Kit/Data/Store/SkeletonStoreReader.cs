using System.Runtime.CompilerServices;
using MsClr.Kit.IO;
using MsClr.Kit.Skeletons;
using Parquet;

namespace MsClr.Kit.Data.Store;

/// <summary>
/// Reads a store file written by <see cref="SkeletonStore"/>. Opening validates the header (schema version, keys,
/// column types); each read opens the file anew, so a reader holds no handle and needs no disposing.
/// </summary>
public sealed class SkeletonStoreReader
{
    private readonly StoreFileLayout _layout;

    private SkeletonStoreReader(StoreFileLayout layout, int count, int rowGroupCount)
    {
        _layout = layout;
        Count = count;
        RowGroupCount = rowGroupCount;
    }

    /// <summary>The file.</summary>
    public string Path => _layout.Path;

    /// <summary>Dataset name (<see cref="StoreSchema.DatasetKey"/>).</summary>
    public string Dataset => _layout.Dataset;

    /// <summary>The skeleton format, parsed from <see cref="StoreSchema.FormatJsonKey"/> (so custom formats need no other file).</summary>
    public SkeletonFormat Format => _layout.Format;

    /// <summary>The clips' form (preprocessing, frames) as recorded by the writer; null for files that record none (older kits, other tools).</summary>
    public StoreForm? Form => _layout.Form;

    /// <summary>The file's key-value metadata as written (schema keys and any extra keys, e.g. the synthetic generator's settings).</summary>
    public IReadOnlyDictionary<string, string> FileMetadata => _layout.FileMetadata;

    /// <summary>The file's int32 metadata columns, in column order.</summary>
    public IReadOnlyList<string> MetadataColumns => _layout.MetadataColumns;

    /// <summary>Number of samples.</summary>
    public int Count { get; }

    /// <summary>Number of Parquet row groups.</summary>
    public int RowGroupCount { get; }

    /// <summary>Opens and validates <paramref name="path"/>; the synchronous twin of <see cref="OpenAsync"/> for notebooks.</summary>
    public static SkeletonStoreReader Open(string path) =>
        SyncBridge.Run(() => OpenAsync(path));

    /// <summary>Opens <paramref name="path"/>, verifies its checksum when it has one, and validates its schema version,
    /// key-value metadata and column types.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="SkeletonStoreException">The file is truncated, corrupt (checksum mismatch) or breaks the data contract; the message names the file and the key or column.</exception>
    public static async Task<SkeletonStoreReader> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"store file not found: {path}", path);
        }

        await using var reader = await CreateReaderAsync(path, cancellationToken).ConfigureAwait(false);
        var layout = StoreFileLayout.From(path, reader);
        long count = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            count += group.RowCount;
        }

        return new SkeletonStoreReader(layout, checked((int)count), reader.RowGroupCount);
    }

    /// <summary>Reads every column except <c>xyz</c>, which is never decoded.</summary>
    /// <exception cref="SkeletonStoreException">A value breaks the contract; the message names the row and sample id.</exception>
    public async Task<StoreIndex> ReadIndexAsync(CancellationToken cancellationToken = default)
    {
        var parts = new List<ScalarRows>();
        await foreach (var (_, rows) in ReadGroupsAsync(withXyz: false, cancellationToken).ConfigureAwait(false))
        {
            parts.Add(rows);
        }

        return new StoreIndex(
            MetadataColumns,
            parts.SelectMany(p => p.SampleIds).ToArray(),
            parts.SelectMany(p => p.Labels).ToArray(),
            MetadataColumns.Select((_, k) => parts.SelectMany(p => p.Metadata[k]).ToArray()).ToArray(),
            parts.SelectMany(p => p.Frames).ToArray(),
            parts.SelectMany(p => p.Persons).ToArray(),
            parts.SelectMany(p => p.Joints).ToArray(),
            parts.SelectMany(p => p.PersonsPresent).ToArray());
    }

    /// <summary>Streams the samples in file order, decoding one row group at a time.</summary>
    /// <exception cref="SkeletonStoreException">A row's <c>xyz</c> length is not frames·persons·joints·3, or another value breaks the contract.</exception>
    public async IAsyncEnumerable<SkeletonSample> ReadSamplesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (group, rows) in ReadGroupsAsync(withXyz: true, cancellationToken).ConfigureAwait(false))
        {
            var (values, starts) = group!.Value;
            for (var i = 0; i < rows.SampleIds.Length; i++)
            {
                var row = rows.FirstRow + i;
                var expected = (long)rows.Frames[i] * rows.Persons[i] * rows.Joints[i] * SkeletonSample.Channels;
                var actual = starts[i + 1] - starts[i];
                if (actual != expected)
                {
                    throw new SkeletonStoreException(Path,
                        $"row {row} (sample {rows.SampleIds[i]}): '{StoreSchema.Xyz}' has {actual} values, expected frames·persons·joints·3 = " +
                        $"{rows.Frames[i]}·{rows.Persons[i]}·{rows.Joints[i]}·3 = {expected}");
                }

                var metadata = new Dictionary<string, int>(MetadataColumns.Count, StringComparer.Ordinal);
                for (var k = 0; k < MetadataColumns.Count; k++)
                {
                    metadata[MetadataColumns[k]] = rows.Metadata[k][i];
                }

                yield return new SkeletonSample(
                    rows.SampleIds[i], rows.Labels[i], metadata, rows.Frames[i], rows.Persons[i], rows.Joints[i],
                    values.AsSpan(starts[i], actual).ToArray());
            }
        }
    }

    /// <summary>Opens the file after checking it is whole and matches its checksum (<see cref="ParquetChecksum"/>).</summary>
    private static async Task<ParquetReader> CreateReaderAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await ParquetChecksum.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e) when (e.Message.StartsWith(path + ": ", StringComparison.Ordinal))
        {
            throw new SkeletonStoreException(path, e.Message[(path.Length + 2)..], e);
        }
    }

    // Reads after OpenAsync skip the checksum: it was verified on opening, and the file is only ever replaced whole (renamed into place).
    private static async Task<ParquetReader> CreateVerifiedReaderAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await ParquetReader.CreateAsync(path, new ParquetOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            // Parquet.Net's message ("not a parquet file, head: ...") does not say which file.
            throw new SkeletonStoreException(path, $"not a readable Parquet file: {e.Message}", e);
        }
    }

    private async IAsyncEnumerable<((float[] Values, int[] Starts)? Xyz, ScalarRows Rows)> ReadGroupsAsync(
        bool withXyz, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await CreateVerifiedReaderAsync(Path, cancellationToken).ConfigureAwait(false);
        var firstRow = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = await ReadScalarsAsync(group, firstRow, cancellationToken).ConfigureAwait(false);
            (float[], int[])? xyz = withXyz
                ? await StoreColumnReader.ReadFloatListAsync(Path, group, _layout.XyzElement, rows.SampleIds, firstRow, cancellationToken).ConfigureAwait(false)
                : null;
            yield return (xyz, rows);
            firstRow += rows.SampleIds.Length;
        }
    }

    private async Task<ScalarRows> ReadScalarsAsync(ParquetRowGroupReader group, int firstRow, CancellationToken ct)
    {
        var ids = await StoreColumnReader.ReadStringsAsync(Path, group, _layout.SampleId, firstRow, ct).ConfigureAwait(false);
        var rows = new ScalarRows(
            firstRow,
            ids,
            await StoreColumnReader.ReadIntsAsync(Path, group, _layout.Label, firstRow, ct).ConfigureAwait(false),
            await ReadMetadataAsync(group, firstRow, ct).ConfigureAwait(false),
            await StoreColumnReader.ReadIntsAsync(Path, group, _layout.Frames, firstRow, ct).ConfigureAwait(false),
            await StoreColumnReader.ReadIntsAsync(Path, group, _layout.Persons, firstRow, ct).ConfigureAwait(false),
            await StoreColumnReader.ReadIntsAsync(Path, group, _layout.Joints, firstRow, ct).ConfigureAwait(false),
            await StoreColumnReader.ReadIntsAsync(Path, group, _layout.PersonsPresent, firstRow, ct).ConfigureAwait(false));
        var units = await StoreColumnReader.ReadStringsAsync(Path, group, _layout.Unit, firstRow, ct).ConfigureAwait(false);
        for (var i = 0; i < ids.Length; i++)
        {
            CheckRow(rows, i, units[i]);
        }

        return rows;
    }

    private async Task<int[][]> ReadMetadataAsync(ParquetRowGroupReader group, int firstRow, CancellationToken ct)
    {
        var columns = new int[_layout.Metadata.Count][];
        for (var k = 0; k < columns.Length; k++)
        {
            columns[k] = await StoreColumnReader.ReadIntsAsync(Path, group, _layout.Metadata[k], firstRow, ct).ConfigureAwait(false);
        }

        return columns;
    }

    private void CheckRow(ScalarRows rows, int i, string unit)
    {
        var where = $"row {rows.FirstRow + i} (sample {rows.SampleIds[i]})";
        if (unit != StoreSchema.UnitValue)
        {
            throw new SkeletonStoreException(Path, $"{where}: '{StoreSchema.Unit}' is \"{unit}\", expected \"{StoreSchema.UnitValue}\" (the store holds metres only)");
        }

        if (rows.Frames[i] <= 0 || rows.Persons[i] <= 0)
        {
            throw new SkeletonStoreException(Path, $"{where}: frames and persons must be positive, found {rows.Frames[i]} and {rows.Persons[i]}");
        }

        if (rows.Joints[i] != Format.JointCount)
        {
            throw new SkeletonStoreException(Path, $"{where}: '{StoreSchema.Joints}' is {rows.Joints[i]}, expected {Format.JointCount} (format '{Format.Name}')");
        }

        if (rows.PersonsPresent[i] < 0 || rows.PersonsPresent[i] > rows.Persons[i])
        {
            throw new SkeletonStoreException(Path, $"{where}: '{StoreSchema.PersonsPresent}' is {rows.PersonsPresent[i]}, expected 0..{rows.Persons[i]}");
        }
    }

    private sealed record ScalarRows(
        int FirstRow, string[] SampleIds, int[] Labels, int[][] Metadata, int[] Frames, int[] Persons, int[] Joints, int[] PersonsPresent);
}
