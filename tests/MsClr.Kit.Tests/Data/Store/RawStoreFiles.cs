using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;
using Parquet;
using Parquet.Schema;

namespace MsClr.Kit.Tests.Data.Store;

/// <summary>Writes deliberately broken store files with Parquet.Net directly.</summary>
internal static class RawStoreFiles
{
    public static Dictionary<string, string> ValidMetadata(SkeletonFormat format) => new()
    {
        [StoreSchema.SchemaVersionKey] = StoreSchema.Version,
        [StoreSchema.DatasetKey] = "ntu60",
        [StoreSchema.FormatKey] = format.Name,
        [StoreSchema.FormatJsonKey] = SkeletonFormatJson.ToJson(format),
        [StoreSchema.MetadataColumnsKey] = "subject",
    };

    /// <summary>A schema-only file (no rows) with the given fields and key-value metadata.</summary>
    public static async Task WriteEmptyAsync(string path, IReadOnlyDictionary<string, string> metadata, params Field[] fields)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        writer.CustomMetadata = metadata;
    }

    /// <summary>The fields of a valid file with one metadata column, <c>subject</c>, with <paramref name="replace"/> swapped in by name.</summary>
    public static Field[] Fields(params Field[] replace)
    {
        Field[] fields =
        [
            new DataField<string>(StoreSchema.SampleId), new DataField<int>(StoreSchema.Label), new DataField<int>("subject"),
            new DataField<int>(StoreSchema.Frames), new DataField<int>(StoreSchema.Persons), new DataField<int>(StoreSchema.Joints),
            new DataField<int>(StoreSchema.PersonsPresent), new DataField<string>(StoreSchema.Unit),
            new ListField(StoreSchema.Xyz, new DataField<float>(ListField.ElementName)),
        ];
        return fields.Select(f => replace.FirstOrDefault(r => r.Name == f.Name) ?? f).ToArray();
    }

    /// <summary>One valid-looking row whose <c>xyz</c> holds <paramref name="xyzLength"/> values instead of frames·persons·joints·3.</summary>
    public static async Task WriteOneRowAsync(string path, SkeletonFormat format, int frames, int persons, int xyzLength)
    {
        var schema = new StoreFileSchema(["subject"]);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema.Schema, stream);
        writer.CustomMetadata = ValidMetadata(format);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(schema.SampleId, ["S001C001P001R001A001"]);
        await group.WriteAsync<int>(schema.Label, new[] { 0 }.AsMemory());
        await group.WriteAsync<int>(schema.Metadata[0], new[] { 1 }.AsMemory());
        await group.WriteAsync<int>(schema.Frames, new[] { frames }.AsMemory());
        await group.WriteAsync<int>(schema.Persons, new[] { persons }.AsMemory());
        await group.WriteAsync<int>(schema.Joints, new[] { format.JointCount }.AsMemory());
        await group.WriteAsync<int>(schema.PersonsPresent, new[] { 1 }.AsMemory());
        await group.WriteAsync(schema.Unit, ["m"]);
        var reps = Enumerable.Range(0, xyzLength).Select(i => i == 0 ? 0 : 1).ToArray();
        var defs = Enumerable.Repeat(schema.XyzElement.MaxDefinitionLevel, xyzLength).ToArray();
        await group.WriteAllPartsAsync<float>(schema.XyzElement, new float[xyzLength].AsMemory(), defs.AsMemory(), reps.AsMemory(), default);
    }
}
