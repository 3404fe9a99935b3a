using Parquet;
using Parquet.Schema;

namespace MsClr.Kit.IO;

/// <summary>Reads whole flat columns of one row group by field name (the small Parquet files of metrics and results);
/// a missing column is an error naming <c>path</c> and the columns the file has.</summary>
internal static class ParquetColumns
{
    /// <summary>The values of a non-nullable value-type column.</summary>
    public static async Task<T[]> Read<T>(string path, ParquetReader reader, ParquetRowGroupReader group, DataField field)
        where T : struct
    {
        var values = new T[group.RowCount];
        await group.ReadAsync<T>(Find(path, reader, field), values.AsMemory());
        return values;
    }

    /// <summary>The values of a string column; nulls become empty strings.</summary>
    public static async Task<string[]> ReadText(string path, ParquetReader reader, ParquetRowGroupReader group, DataField field)
    {
        var values = new string?[group.RowCount];
        await group.ReadAsync(Find(path, reader, field), values.AsMemory());
        return values.Select(v => v ?? "").ToArray();
    }

    private static DataField Find(string path, ParquetReader reader, DataField field) =>
        reader.Schema.DataFields.FirstOrDefault(f => f.Name == field.Name)
        ?? throw new InvalidDataException($"{path}: no column '{field.Name}'; its columns are {string.Join(", ", reader.Schema.DataFields.Select(f => f.Name))}");
}
