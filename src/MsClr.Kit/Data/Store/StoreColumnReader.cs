using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace MsClr.Kit.Data.Store;

/// <summary>Reads one row group's columns into arrays, rejecting nulls with the file, column and row in the message.</summary>
internal static class StoreColumnReader
{
    public static async Task<int[]> ReadIntsAsync(string path, ParquetRowGroupReader group, DataField field, int firstRow, CancellationToken cancellationToken)
    {
        var count = (int)group.RowCount;
        if (!field.IsNullable)
        {
            var values = new int[count];
            await group.ReadAsync<int>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            return values;
        }

        // Files written by other tools (pandas, pyarrow) mark columns nullable; accept them while no value is null.
        var nullable = new int?[count];
        await group.ReadAsync<int>(field, nullable.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = nullable[i] ?? throw new SkeletonStoreException(path, $"row {firstRow + i}: column '{field.Name}' is null; expected an int32");
        }

        return result;
    }

    public static async Task<string[]> ReadStringsAsync(string path, ParquetRowGroupReader group, DataField field, int firstRow, CancellationToken cancellationToken)
    {
        var values = new string?[(int)group.RowCount];
        await group.ReadAsync(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        var missing = Array.FindIndex(values, v => v is null);
        return missing < 0
            ? Array.ConvertAll(values, v => v!)
            : throw new SkeletonStoreException(path, $"row {firstRow + missing}: column '{field.Name}' is null; expected a string");
    }

    /// <summary>
    /// Reads the LIST leaf and returns the values with each row's start offset (length rows + 1), using the repetition
    /// levels (0 starts a row). A definition level below the maximum means a null or empty list, which the contract forbids.
    /// </summary>
    public static async Task<(float[] Values, int[] RowStarts)> ReadFloatListAsync(
        string path, ParquetRowGroupReader group, DataField leaf, string[] sampleIds, int firstRow, CancellationToken cancellationToken)
    {
        var rows = (int)group.RowCount;
        var entries = checked((int)group.GetMetadata(leaf)!.MetaData!.NumValues);
        var values = new float[entries];

        // The levels are only scanned here, so pooled buffers spare the large-object heap two arrays per row group.
        var definition = ArrayPool<int>.Shared.Rent(entries);
        var repetition = ArrayPool<int>.Shared.Rent(entries);
        try
        {
            await group.ReadRawAsync<float>(
                leaf, values.AsMemory(), definition.AsMemory(0, entries), repetition.AsMemory(0, entries), cancellationToken)
                .ConfigureAwait(false);
            return (values, RowStarts(path, leaf, definition.AsSpan(0, entries), repetition.AsSpan(0, entries), rows, sampleIds, firstRow));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(definition);
            ArrayPool<int>.Shared.Return(repetition);
        }
    }

    private static int[] RowStarts(
        string path, DataField leaf, ReadOnlySpan<int> definition, ReadOnlySpan<int> repetition, int rows, string[] sampleIds, int firstRow)
    {
        var entries = definition.Length;
        var starts = new int[rows + 1];
        var row = -1;
        for (var i = 0; i < entries; i++)
        {
            if (repetition[i] == 0)
            {
                row++;
                if (row >= rows)
                {
                    break;
                }

                starts[row] = i;
            }

            if (definition[i] < leaf.MaxDefinitionLevel)
            {
                throw new SkeletonStoreException(path,
                    $"row {firstRow + row} (sample {sampleIds[row]}): column '{StoreSchema.Xyz}' is null or empty; expected T·M·V·3 floats");
            }
        }

        if (row + 1 != rows)
        {
            throw new SkeletonStoreException(path,
                $"row group at row {firstRow}: column '{StoreSchema.Xyz}' holds {row + 1} lists for {rows} rows");
        }

        starts[rows] = entries;
        return starts;
    }
}
