using Parquet;
using Parquet.Schema;

namespace MsClr.Kit;

/// <summary>Reads whole flat columns of one row group by field name (the small Parquet files of metrics and results).</summary>
internal static class ParquetColumns
{
    /// <summary>The values of a non-nullable value-type column.</summary>
    public static async Task<T[]> Read<T>(ParquetReader reader, ParquetRowGroupReader group, DataField field)
        where T : struct
    {
        var values = new T[group.RowCount];
        await group.ReadAsync<T>(Find(reader, field), values.AsMemory());
        return values;
    }

    /// <summary>The values of a string column; nulls become empty strings.</summary>
    public static async Task<string[]> ReadText(ParquetReader reader, ParquetRowGroupReader group, DataField field)
    {
        var values = new string?[group.RowCount];
        await group.ReadAsync(Find(reader, field), values.AsMemory());
        return values.Select(v => v ?? "").ToArray();
    }

    private static DataField Find(ParquetReader reader, DataField field) =>
        reader.Schema.DataFields.FirstOrDefault(f => f.Name == field.Name)
        ?? throw new InvalidDataException($"Parquet file has no column '{field.Name}'");
}
