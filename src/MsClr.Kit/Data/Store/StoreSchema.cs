namespace MsClr.Kit.Data.Store;

/// <summary>
/// Names of the store's Parquet columns and file key-value metadata (data contract: data-prep/README.md).
/// One file per (dataset, format), one row per sample; <c>xyz</c> is a standard 3-level <c>LIST&lt;float&gt;</c>
/// holding T·M·V·3 coordinates in metres, (T, M, V, C) row-major.
/// </summary>
public static class StoreSchema
{
    /// <summary>The schema version this kit writes and reads (key <see cref="SchemaVersionKey"/>).</summary>
    public const string Version = "1";

    /// <summary>Metadata key: schema version, <see cref="Version"/>.</summary>
    public const string SchemaVersionKey = "msclr.schema_version";

    /// <summary>Metadata key: dataset name, e.g. <c>ntu60</c> or <c>synthetic</c>.</summary>
    public const string DatasetKey = "msclr.dataset";

    /// <summary>Metadata key: the skeleton format's name, e.g. <c>smplx_42</c>.</summary>
    public const string FormatKey = "msclr.format";

    /// <summary>Metadata key: the whole format as <c>SkeletonFormatJson.ToJson</c>, so a file is self-describing.</summary>
    public const string FormatJsonKey = "msclr.format_json";

    /// <summary>Metadata key: the metadata column names, comma-separated in column order (e.g. <c>setup,camera,subject,replication</c>).</summary>
    public const string MetadataColumnsKey = "msclr.metadata_columns";

    /// <summary>Metadata key: how the clips were preprocessed (<see cref="StoreForm.Preprocessing"/>; <c>none</c> when stored as recorded).</summary>
    public const string PreprocessingKey = "msclr.preprocessing";

    /// <summary>Metadata key: frames per clip (<see cref="StoreForm.Frames"/>; <c>as recorded</c> when not resized).</summary>
    public const string FramesKey = "msclr.frames";

    /// <summary>Metadata key, informational only: a sentence describing the <c>xyz</c> layout.</summary>
    public const string XyzLayoutKey = "msclr.xyz_layout";

    /// <summary>Column: dataset-unique sample id (string).</summary>
    public const string SampleId = "sample_id";

    /// <summary>Column: 0-based class label (int32).</summary>
    public const string Label = "label";

    /// <summary>Column: T, frames (int32).</summary>
    public const string Frames = "frames";

    /// <summary>Column: M, person slots (int32).</summary>
    public const string Persons = "persons";

    /// <summary>Column: V, joints (int32), always the format's joint count.</summary>
    public const string Joints = "joints";

    /// <summary>Column: number of person slots with at least one non-zero coordinate (int32), computed by the writer.</summary>
    public const string PersonsPresent = "persons_present";

    /// <summary>Column: the unit of <c>xyz</c> (string), always <c>m</c>.</summary>
    public const string Unit = "unit";

    /// <summary>Column: T·M·V·3 float32 coordinates in metres, (T, M, V, C) row-major, as a 3-level LIST.</summary>
    public const string Xyz = "xyz";

    /// <summary>The value of every <see cref="Unit"/> cell.</summary>
    public const string UnitValue = "m";

    /// <summary>Metadata columns of NTU RGB+D stores, in column order (all 1-based, as in the sample name).</summary>
    public static IReadOnlyList<string> NtuMetadataColumns { get; } = ["setup", "camera", "subject", "replication"];

    /// <summary>Metadata columns of the synthetic benchmark's stores, in column order.</summary>
    public static IReadOnlyList<string> SyntheticMetadataColumns { get; } = ["subject", "view"];

    /// <summary>The fixed columns, in file order, before and after which the metadata columns sit.</summary>
    internal static IReadOnlyList<string> FixedColumns { get; } =
        [SampleId, Label, Frames, Persons, Joints, PersonsPresent, Unit, Xyz];

    internal const string XyzLayout = "(T, M, V, C) row-major float32, C = x, y, z, metres; absent persons are zeros";

    /// <summary>
    /// Checks metadata column names: non-empty, lower-case <c>[a-z][a-z0-9_]*</c>, unique, and not a fixed column.
    /// </summary>
    /// <param name="columns">The names to check.</param>
    /// <param name="source">Names the caller or file in the message.</param>
    /// <exception cref="ArgumentException">A name breaks a rule; the message names it.</exception>
    public static void ValidateMetadataColumns(IReadOnlyList<string> columns, string source)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (string.IsNullOrEmpty(column) || !IsIdentifier(column))
            {
                throw new ArgumentException($"{source}: metadata column '{column}' must match [a-z][a-z0-9_]* (lower-case, no commas)");
            }

            if (FixedColumns.Contains(column))
            {
                throw new ArgumentException($"{source}: metadata column '{column}' clashes with the fixed column of that name");
            }

            if (!seen.Add(column))
            {
                throw new ArgumentException($"{source}: metadata column '{column}' is listed twice");
            }
        }
    }

    private static bool IsIdentifier(string name) =>
        name[0] is >= 'a' and <= 'z' && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
