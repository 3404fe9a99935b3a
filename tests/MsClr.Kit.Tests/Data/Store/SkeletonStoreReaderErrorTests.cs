using MsClr.Kit.Data.Store;
using Parquet.Schema;

namespace MsClr.Kit.Tests.Data.Store;

public sealed class SkeletonStoreReaderErrorTests : IDisposable
{
    private readonly StoreTestData _files = new();

    [Fact]
    public async Task OpenAsync_SchemaVersion2_NamesFileKeyAndBothVersions()
    {
        var path = _files.PathOf("v2.parquet");
        var metadata = RawStoreFiles.ValidMetadata(StoreTestData.Stick4);
        metadata[StoreSchema.SchemaVersionKey] = "2";
        await RawStoreFiles.WriteEmptyAsync(path, metadata, RawStoreFiles.Fields());

        var error = await Assert.ThrowsAsync<SkeletonStoreException>(() => SkeletonStoreReader.OpenAsync(path));

        Assert.StartsWith(path + ":", error.Message);
        Assert.Contains("msclr.schema_version", error.Message);
        Assert.Contains("schema version 2, this kit reads 1", error.Message);
    }

    [Fact]
    public async Task OpenAsync_NoSchemaVersion_NamesTheMissingKey()
    {
        var path = _files.PathOf("nov.parquet");
        var metadata = RawStoreFiles.ValidMetadata(StoreTestData.Stick4);
        metadata.Remove(StoreSchema.SchemaVersionKey);
        await RawStoreFiles.WriteEmptyAsync(path, metadata, RawStoreFiles.Fields());

        var error = await Assert.ThrowsAsync<SkeletonStoreException>(() => SkeletonStoreReader.OpenAsync(path));

        Assert.Contains("no key 'msclr.schema_version'", error.Message);
        Assert.Contains("expected schema version 1", error.Message);
    }

    [Fact]
    public async Task OpenAsync_LabelIsString_NamesColumnAndTypes()
    {
        var path = _files.PathOf("label.parquet");
        await RawStoreFiles.WriteEmptyAsync(path, RawStoreFiles.ValidMetadata(StoreTestData.Stick4),
            RawStoreFiles.Fields(new DataField<string>(StoreSchema.Label)));

        var error = await Assert.ThrowsAsync<SkeletonStoreException>(() => SkeletonStoreReader.OpenAsync(path));

        Assert.Contains("column 'label' is string, expected int32", error.Message);
    }

    [Fact]
    public async Task OpenAsync_XyzIsPlainFloat_NamesColumnAndExpectedList()
    {
        var path = _files.PathOf("xyz.parquet");
        await RawStoreFiles.WriteEmptyAsync(path, RawStoreFiles.ValidMetadata(StoreTestData.Stick4),
            RawStoreFiles.Fields(new DataField<float>(StoreSchema.Xyz)));

        var error = await Assert.ThrowsAsync<SkeletonStoreException>(() => SkeletonStoreReader.OpenAsync(path));

        Assert.Contains("column 'xyz' is float, expected LIST<float>", error.Message);
    }

    [Fact]
    public async Task OpenAsync_MetadataColumnMissing_NamesTheColumn()
    {
        var path = _files.PathOf("nosubject.parquet");
        var fields = RawStoreFiles.Fields().Where(f => f.Name != "subject").ToArray();
        await RawStoreFiles.WriteEmptyAsync(path, RawStoreFiles.ValidMetadata(StoreTestData.Stick4), fields);

        var error = await Assert.ThrowsAsync<SkeletonStoreException>(() => SkeletonStoreReader.OpenAsync(path));

        Assert.Contains("column 'subject' is missing; expected int32", error.Message);
    }

    [Fact]
    public async Task OpenAsync_FormatJsonInvalid_NamesTheKey()
    {
        var path = _files.PathOf("json.parquet");
        var metadata = RawStoreFiles.ValidMetadata(StoreTestData.Stick4);
        metadata[StoreSchema.FormatJsonKey] = "{ \"name\": \"stick_4+x\" }";
        await RawStoreFiles.WriteEmptyAsync(path, metadata, RawStoreFiles.Fields());

        var error = await Assert.ThrowsAsync<SkeletonStoreException>(() => SkeletonStoreReader.OpenAsync(path));

        Assert.Contains("'msclr.format_json' is not a valid skeleton format", error.Message);
    }

    [Fact]
    public async Task ReadSamplesAsync_XyzLengthWrong_NamesFileRowAndSampleButIndexStillReads()
    {
        var path = _files.PathOf("short.parquet");
        await RawStoreFiles.WriteOneRowAsync(path, StoreTestData.Stick4, frames: 1, persons: 1, xyzLength: 11);
        var reader = await SkeletonStoreReader.OpenAsync(path);

        var index = await reader.ReadIndexAsync();
        var error = await Assert.ThrowsAsync<SkeletonStoreException>(async () => await reader.ReadSamplesAsync().ToListAsync());

        Assert.Equal(["S001C001P001R001A001"], index.SampleIds);
        Assert.StartsWith(path + ":", error.Message);
        Assert.Contains("row 0 (sample S001C001P001R001A001): 'xyz' has 11 values, expected frames·persons·joints·3 = 1·1·4·3 = 12", error.Message);
    }

    [Fact]
    public async Task OpenAsync_NotParquet_NamesTheFile()
    {
        var path = _files.PathOf("text.parquet");
        await File.WriteAllTextAsync(path, "this is not a parquet file, only some text");

        var error = await Assert.ThrowsAsync<SkeletonStoreException>(() => SkeletonStoreReader.OpenAsync(path));

        Assert.StartsWith(path + ": not a readable Parquet file", error.Message);
    }

    public void Dispose() => _files.Dispose();
}
