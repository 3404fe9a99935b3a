using Parquet.Schema;

namespace MsClr.Kit.Data.Store;

/// <summary>The Parquet schema of one store file: the fixed columns plus the file's int32 metadata columns.</summary>
internal sealed class StoreFileSchema
{
    public StoreFileSchema(IReadOnlyList<string> metadataColumns)
    {
        MetadataColumns = metadataColumns.ToArray();
        SampleId = new DataField<string>(StoreSchema.SampleId, nullable: false);
        Label = new DataField<int>(StoreSchema.Label);
        Metadata = MetadataColumns.Select(name => new DataField<int>(name)).ToArray();
        Frames = new DataField<int>(StoreSchema.Frames);
        Persons = new DataField<int>(StoreSchema.Persons);
        Joints = new DataField<int>(StoreSchema.Joints);
        PersonsPresent = new DataField<int>(StoreSchema.PersonsPresent);
        Unit = new DataField<string>(StoreSchema.Unit, nullable: false);
        XyzList = new ListField(StoreSchema.Xyz, new DataField<float>(ListField.ElementName));
        Schema = new ParquetSchema(
            new Field[] { SampleId, Label }
                .Concat(Metadata)
                .Concat([Frames, Persons, Joints, PersonsPresent, Unit, XyzList]));
        XyzElement = (DataField)XyzList.Item;
    }

    public IReadOnlyList<string> MetadataColumns { get; }

    public ParquetSchema Schema { get; }

    public DataField<string> SampleId { get; }

    public DataField<int> Label { get; }

    public IReadOnlyList<DataField<int>> Metadata { get; }

    public DataField<int> Frames { get; }

    public DataField<int> Persons { get; }

    public DataField<int> Joints { get; }

    public DataField<int> PersonsPresent { get; }

    public DataField<string> Unit { get; }

    public ListField XyzList { get; }

    /// <summary>The LIST's leaf, <c>xyz/list/element</c>: MaxRepetitionLevel 1, MaxDefinitionLevel 2.</summary>
    public DataField XyzElement { get; }
}
