using MsClr.Kit.IO;
using MsClr.Kit.Skeletons;
using Parquet;

namespace MsClr.Kit.Data.Store;

/// <summary>
/// Writes the Parquet store of one (dataset, format): one row per <see cref="SkeletonSample"/>, row group by row group,
/// so only <c>rowGroupSize</c> samples are held at once. Columns and keys: <see cref="StoreSchema"/>; the footer also
/// carries a SHA-256 of the data (<see cref="ParquetChecksum"/>) that <see cref="SkeletonStoreReader"/> verifies.
/// </summary>
public static class SkeletonStore
{
    /// <summary>Samples per row group unless told otherwise; 500–2000 reads and writes fastest (ecosystem-notes §3).</summary>
    public const int DefaultRowGroupSize = 1000;

    /// <summary>
    /// Streams <paramref name="samples"/> into <paramref name="path"/> through a temporary file in the same folder that is
    /// renamed into place at the end. On any exception, from validation, the disk or the enumerator itself, the temporary
    /// file is deleted and an existing file at <paramref name="path"/> is left as it was.
    /// </summary>
    /// <param name="path">Target file; see <see cref="StorePaths.For"/> for the layout.</param>
    /// <param name="dataset">Dataset name written to <see cref="StoreSchema.DatasetKey"/>.</param>
    /// <param name="format">Every sample's format: its joint count must equal <see cref="SkeletonSample.Joints"/>.</param>
    /// <param name="samples">Samples in metres, (T, M, V, C); ids must be unique; each sample's metadata keys must be exactly <paramref name="metadataColumns"/>.</param>
    /// <param name="metadataColumns">The file's int32 metadata columns in order, e.g. <see cref="StoreSchema.NtuMetadataColumns"/>.</param>
    /// <param name="form">The clips' form (<see cref="StoreForm.Of"/>), recorded in the file's metadata; null records none (as files of older kits).</param>
    /// <param name="rowGroupSize">Samples per row group, ≥ 1.</param>
    /// <param name="cancellationToken">Cancels between samples and row groups.</param>
    /// <param name="extraMetadata">More key-value metadata to record (e.g. a generator's settings); keys must not be the schema's own.</param>
    /// <returns>The number of samples written.</returns>
    /// <exception cref="ArgumentException">A sample is inconsistent (the message names the file, the row and the sample id), or an extra key is a schema key.</exception>
    public static async Task<int> WriteAsync(
        string path,
        string dataset,
        SkeletonFormat format,
        IEnumerable<SkeletonSample> samples,
        IReadOnlyList<string> metadataColumns,
        StoreForm? form = null,
        int rowGroupSize = DefaultRowGroupSize,
        CancellationToken cancellationToken = default,
        IReadOnlyDictionary<string, string>? extraMetadata = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataset);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(samples);
        StoreSchema.ValidateMetadataColumns(metadataColumns, $"{path}: metadataColumns");
        if (rowGroupSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rowGroupSize), rowGroupSize, $"{path}: rowGroupSize must be at least 1");
        }

        var fileMetadata = FileMetadata(dataset, format, metadataColumns, form);
        foreach (var (key, value) in extraMetadata ?? new Dictionary<string, string>())
        {
            if (!fileMetadata.TryAdd(key, value))
            {
                throw new ArgumentException($"{path}: extra metadata key '{key}' is one of the store schema's own keys", nameof(extraMetadata));
            }
        }

        var schema = new StoreFileSchema(metadataColumns);
        var written = 0;
        await AtomicFile.WriteAsync(path, stream => ParquetChecksum.WriteAsync(
            stream,
            schema.Schema,
            new ParquetOptions { CompressionMethod = CompressionMethod.Snappy },
            fileMetadata,
            async writer =>
            {
                var buffer = new StoreRowGroupBuffer(schema);
                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (var sample in samples)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Check(sample, written, path, format, metadataColumns, ids);
                    buffer.Add(sample);
                    written++;
                    if (buffer.Count == rowGroupSize)
                    {
                        await buffer.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
                    }
                }

                await buffer.FlushAsync(writer, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken), cancellationToken).ConfigureAwait(false);
        return written;
    }

    private static Dictionary<string, string> FileMetadata(string dataset, SkeletonFormat format, IReadOnlyList<string> metadataColumns, StoreForm? form)
    {
        var metadata = new Dictionary<string, string>
        {
            [StoreSchema.SchemaVersionKey] = StoreSchema.Version,
            [StoreSchema.DatasetKey] = dataset,
            [StoreSchema.FormatKey] = format.Name,
            [StoreSchema.FormatJsonKey] = SkeletonFormatJson.ToJson(format),
            [StoreSchema.MetadataColumnsKey] = string.Join(',', metadataColumns),
            [StoreSchema.XyzLayoutKey] = StoreSchema.XyzLayout,
        };
        if (form is not null)
        {
            metadata[StoreSchema.PreprocessingKey] = form.Preprocessing;
            metadata[StoreSchema.FramesKey] = form.Frames;
        }

        return metadata;
    }

    private static void Check(
        SkeletonSample? sample, int row, string path, SkeletonFormat format, IReadOnlyList<string> metadataColumns, HashSet<string> ids)
    {
        if (sample is null)
        {
            throw new ArgumentException($"{path}: row {row}: the sample is null");
        }

        var where = $"{path}: row {row} (sample {sample.SampleId})";
        if (string.IsNullOrEmpty(sample.SampleId))
        {
            throw new ArgumentException($"{path}: row {row}: sample_id is empty");
        }

        try
        {
            sample.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{path}: row {row}: {e.Message}", e);
        }

        if (sample.Joints != format.JointCount)
        {
            throw new ArgumentException($"{where}: joints is {sample.Joints}, expected {format.JointCount} for format '{format.Name}'");
        }

        foreach (var column in metadataColumns)
        {
            if (!sample.Metadata.ContainsKey(column))
            {
                throw new ArgumentException($"{where}: metadata has no '{column}'; this file's metadata columns are {string.Join(", ", metadataColumns)}");
            }
        }

        if (sample.Metadata.Count != metadataColumns.Count)
        {
            var extra = sample.Metadata.Keys.Where(k => !metadataColumns.Contains(k)).Order(StringComparer.Ordinal);
            throw new ArgumentException($"{where}: metadata key(s) {string.Join(", ", extra)} are not columns of this file (expected exactly {string.Join(", ", metadataColumns)})");
        }

        if (!ids.Add(sample.SampleId))
        {
            throw new ArgumentException($"{where}: sample_id appears twice; ids must be unique in a file");
        }
    }
}
