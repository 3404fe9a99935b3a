using MsClr.Kit.Skeletons;
using Parquet;
using Parquet.Schema;

namespace MsClr.Kit.Data.Store;

/// <summary>The validated header of a store file: its key-value metadata, format and the fields of every required column.</summary>
internal sealed class StoreFileLayout
{
    private StoreFileLayout(string path, string dataset, SkeletonFormat format, StoreForm? form, IReadOnlyList<string> metadataColumns, ParquetSchema schema, IReadOnlyDictionary<string, string> fileMetadata)
    {
        FileMetadata = fileMetadata;
        Path = path;
        Dataset = dataset;
        Format = format;
        Form = form;
        MetadataColumns = metadataColumns;
        SampleId = Scalar(schema, StoreSchema.SampleId, typeof(string));
        Label = Scalar(schema, StoreSchema.Label, typeof(int));
        Metadata = metadataColumns.Select(c => Scalar(schema, c, typeof(int))).ToArray();
        Frames = Scalar(schema, StoreSchema.Frames, typeof(int));
        Persons = Scalar(schema, StoreSchema.Persons, typeof(int));
        Joints = Scalar(schema, StoreSchema.Joints, typeof(int));
        PersonsPresent = Scalar(schema, StoreSchema.PersonsPresent, typeof(int));
        Unit = Scalar(schema, StoreSchema.Unit, typeof(string));
        XyzElement = FloatList(schema, StoreSchema.Xyz);
    }

    public string Path { get; }

    public string Dataset { get; }

    public SkeletonFormat Format { get; }

    public StoreForm? Form { get; }

    public IReadOnlyDictionary<string, string> FileMetadata { get; }

    public IReadOnlyList<string> MetadataColumns { get; }

    public DataField SampleId { get; }

    public DataField Label { get; }

    public IReadOnlyList<DataField> Metadata { get; }

    public DataField Frames { get; }

    public DataField Persons { get; }

    public DataField Joints { get; }

    public DataField PersonsPresent { get; }

    public DataField Unit { get; }

    public DataField XyzElement { get; }

    /// <summary>Checks the schema version first (so an old or new file fails with that reason), then the keys and columns.</summary>
    /// <exception cref="SkeletonStoreException">A key or column breaks the contract; the message names it, expected and actual.</exception>
    public static StoreFileLayout From(string path, ParquetReader reader)
    {
        var metadata = reader.CustomMetadata ?? new Dictionary<string, string>();
        if (!metadata.TryGetValue(StoreSchema.SchemaVersionKey, out var version))
        {
            throw new SkeletonStoreException(path,
                $"file metadata has no key '{StoreSchema.SchemaVersionKey}'; expected schema version {StoreSchema.Version} (was the file written by SkeletonStore?)");
        }

        if (version != StoreSchema.Version)
        {
            throw new SkeletonStoreException(path,
                $"'{StoreSchema.SchemaVersionKey}' is \"{version}\": schema version {version}, this kit reads {StoreSchema.Version}");
        }

        var dataset = Required(path, metadata, StoreSchema.DatasetKey);
        var formatName = Required(path, metadata, StoreSchema.FormatKey);
        var format = ParseFormat(path, Required(path, metadata, StoreSchema.FormatJsonKey));
        if (format.Name != formatName)
        {
            throw new SkeletonStoreException(path,
                $"'{StoreSchema.FormatKey}' is \"{formatName}\" but '{StoreSchema.FormatJsonKey}' describes \"{format.Name}\"; they must agree");
        }

        var columnsText = Required(path, metadata, StoreSchema.MetadataColumnsKey);
        var columns = columnsText.Length == 0 ? [] : columnsText.Split(',');
        try
        {
            StoreSchema.ValidateMetadataColumns(columns, $"'{StoreSchema.MetadataColumnsKey}'");
        }
        catch (ArgumentException e)
        {
            throw new SkeletonStoreException(path, e.Message, e);
        }

        try
        {
            return new StoreFileLayout(path, dataset, format, FormOf(path, metadata), columns, reader.Schema, new Dictionary<string, string>(metadata));
        }
        catch (ColumnProblem problem)
        {
            throw new SkeletonStoreException(path, problem.Message);
        }
    }

    // Both keys or neither (files of older kits and other tools record no form).
    private static StoreForm? FormOf(string path, IReadOnlyDictionary<string, string> metadata) =>
        (metadata.TryGetValue(StoreSchema.PreprocessingKey, out var preprocessing), metadata.TryGetValue(StoreSchema.FramesKey, out var frames)) switch
        {
            (true, true) => new StoreForm(preprocessing!, frames!),
            (false, false) => null,
            _ => throw new SkeletonStoreException(path,
                $"file metadata has only one of '{StoreSchema.PreprocessingKey}' and '{StoreSchema.FramesKey}'; the clips' form needs both"),
        };

    private static string Required(string path, IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var value)
            ? value
            : throw new SkeletonStoreException(path, $"file metadata has no key '{key}' (schema version {StoreSchema.Version} requires it)");

    private static SkeletonFormat ParseFormat(string path, string json)
    {
        try
        {
            return SkeletonFormatJson.Parse(json, $"{path} '{StoreSchema.FormatJsonKey}'");
        }
        catch (SkeletonFormatException e)
        {
            throw new SkeletonStoreException(path, $"'{StoreSchema.FormatJsonKey}' is not a valid skeleton format: {e.Message}", e);
        }
    }

    private static DataField Scalar(ParquetSchema schema, string name, Type expected)
    {
        var field = Find(schema, name, Describe(expected));
        if (field is not DataField data || data.IsArray || Normalise(data.ClrType) != expected)
        {
            throw new ColumnProblem($"column '{name}' is {Describe(field)}, expected {Describe(expected)}");
        }

        return data;
    }

    private static DataField FloatList(ParquetSchema schema, string name)
    {
        var field = Find(schema, name, "LIST<float>");
        if (field is not ListField { Item: DataField { IsArray: false } item } || item.ClrType != typeof(float))
        {
            throw new ColumnProblem($"column '{name}' is {Describe(field)}, expected LIST<float> (a standard 3-level list of float32)");
        }

        return item;
    }

    private static Field Find(ParquetSchema schema, string name, string expected) =>
        schema.Fields.FirstOrDefault(f => f.Name == name)
        ?? throw new ColumnProblem($"column '{name}' is missing; expected {expected}");

    // Parquet.Net 6 reports string columns of files it reads as ReadOnlyMemory<char>; both mean "string" here.
    private static Type Normalise(Type type) => type == typeof(ReadOnlyMemory<char>) ? typeof(string) : type;

    private static string Describe(Type type) => Normalise(type) switch
    {
        var t when t == typeof(int) => "int32",
        var t when t == typeof(long) => "int64",
        var t when t == typeof(float) => "float",
        var t when t == typeof(double) => "double",
        var t when t == typeof(string) => "string",
        var t => t.Name,
    };

    private static string Describe(Field field) => field switch
    {
        DataField { IsArray: true } d => $"a repeated {Describe(d.ClrType)}",
        DataField d => Describe(d.ClrType),
        ListField { Item: DataField d } => $"LIST<{Describe(d.ClrType)}>",
        ListField => "a LIST of a nested type",
        _ => $"a {field.SchemaType} column",
    };

    private sealed class ColumnProblem(string message) : Exception(message);
}
