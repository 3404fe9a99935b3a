using MsClr.Kit.Data;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;
using Parquet;

namespace MsClr.Kit.Tests.Data.Store;

public sealed class SkeletonStoreTests : IDisposable
{
    private readonly StoreTestData _files = new();

    public static TheoryData<string> FormatNames => new() { "smpl_24", "stick_4+x" };

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task WriteAsync_ThreeSamples_ReadsBackBitForBit(string formatName)
    {
        var format = FormatOf(formatName);
        var samples = StoreTestData.NtuSamples(format, 3);
        var path = StorePaths.For(_files.Folder, "ntu60", format.Name);

        var written = await SkeletonStore.WriteAsync(path, "ntu60", format, samples, StoreSchema.NtuMetadataColumns, rowGroupSize: 2);
        var reader = await SkeletonStoreReader.OpenAsync(path);
        var read = await reader.ReadSamplesAsync().ToListAsync();

        Assert.Equal(3, written);
        Assert.Equal((3, 2, "ntu60"), (reader.Count, reader.RowGroupCount, reader.Dataset));
        Assert.Equal(StoreSchema.NtuMetadataColumns, reader.MetadataColumns);
        Assert.Equal(format, reader.Format);
        Assert.Equal(3, read.Count);
        for (var i = 0; i < 3; i++)
        {
            StoreTestData.AssertSameSample(samples[i], read[i]);
        }
    }

    [Fact]
    public async Task ReadIndexAsync_WrittenSamples_HasScalarsAndPresentPersons()
    {
        var format = StoreTestData.Stick4;
        var samples = StoreTestData.NtuSamples(format, 3);
        var path = _files.PathOf("index.parquet");
        await SkeletonStore.WriteAsync(path, "ntu60", format, samples, StoreSchema.NtuMetadataColumns);

        var index = await SkeletonStoreReader.Open(path).ReadIndexAsync();

        Assert.Equal(samples.Select(s => s.SampleId), index.SampleIds);
        Assert.Equal([9, 10, 11], index.Labels);
        Assert.Equal([1, 2, 3], index.Metadata["camera"]);
        Assert.Equal([3, 4, 5], index.Frames);
        Assert.Equal([2, 2, 2], index.Persons);
        Assert.Equal([4, 4, 4], index.Joints);
        Assert.Equal([1, 2, 1], index.PersonsPresent);
        Assert.Equal(samples[1].Metadata, index.MetadataOf(1));
        Assert.Equal(2, index.MetadataOf(1)["subject"]);
    }

    [Fact]
    public async Task WriteAsync_CustomFormat_WritesSelfDescribingKeyValueMetadata()
    {
        var format = StoreTestData.Stick4;
        var path = _files.PathOf("meta.parquet");
        await SkeletonStore.WriteAsync(path, "synthetic", format, [], StoreSchema.SyntheticMetadataColumns);

        await using var reader = await ParquetReader.CreateAsync(path);

        Assert.Equal("1", reader.CustomMetadata[StoreSchema.SchemaVersionKey]);
        Assert.Equal("synthetic", reader.CustomMetadata[StoreSchema.DatasetKey]);
        Assert.Equal("stick_4+x", reader.CustomMetadata[StoreSchema.FormatKey]);
        Assert.Equal("subject,view", reader.CustomMetadata[StoreSchema.MetadataColumnsKey]);
        Assert.Equal(format, SkeletonFormatJson.Parse(reader.CustomMetadata[StoreSchema.FormatJsonKey]));
        Assert.Equal(0, (await SkeletonStoreReader.OpenAsync(path)).Count);
    }

    [Fact]
    public async Task WriteAsync_Success_LeavesOnlyTheTargetFile()
    {
        var format = StoreTestData.Stick4;
        var path = StorePaths.For(_files.Folder, "ntu60", format.Name);

        await SkeletonStore.WriteAsync(path, "ntu60", format, StoreTestData.NtuSamples(format, 3), StoreSchema.NtuMetadataColumns, rowGroupSize: 1);

        Assert.Equal([Path.Combine("ntu60", "stick_4+x.parquet")], _files.FileNames());
    }

    [Fact]
    public async Task WriteAsync_EnumeratorThrowsMidWrite_LeavesNoFileAndNoTemporary()
    {
        var format = StoreTestData.Stick4;
        var path = _files.PathOf("broken.parquet");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SkeletonStore.WriteAsync(path, "ntu60", format, FailAfter(StoreTestData.NtuSamples(format, 3), 2), StoreSchema.NtuMetadataColumns, rowGroupSize: 1));

        Assert.Equal("enumerator failed", error.Message);
        Assert.Empty(_files.FileNames());
    }

    [Fact]
    public async Task WriteAsync_FailureOverExistingFile_KeepsTheOldFile()
    {
        var format = StoreTestData.Stick4;
        var path = _files.PathOf("keep.parquet");
        await SkeletonStore.WriteAsync(path, "ntu60", format, StoreTestData.NtuSamples(format, 1), StoreSchema.NtuMetadataColumns);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SkeletonStore.WriteAsync(path, "ntu60", format, FailAfter(StoreTestData.NtuSamples(format, 3), 2), StoreSchema.NtuMetadataColumns));

        Assert.Equal(["keep.parquet"], _files.FileNames());
        Assert.Equal(1, (await SkeletonStoreReader.OpenAsync(path)).Count);
    }

    [Fact]
    public async Task WriteAsync_JointCountDiffersFromFormat_NamesFileRowAndSample()
    {
        var samples = StoreTestData.NtuSamples(StoreTestData.Stick4, 2);
        var path = _files.PathOf("joints.parquet");

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            SkeletonStore.WriteAsync(path, "ntu60", SkeletonFormats.Smpl24, samples, StoreSchema.NtuMetadataColumns));

        Assert.Contains(path, error.Message);
        Assert.Contains($"row 0 (sample {samples[0].SampleId})", error.Message);
        Assert.Contains("joints is 4, expected 24", error.Message);
        Assert.Empty(_files.FileNames());
    }

    [Fact]
    public async Task WriteAsync_MetadataKeyMissingOrExtra_NamesTheKey()
    {
        var format = StoreTestData.Stick4;
        var sample = StoreTestData.NtuSamples(format, 1)[0];
        var missing = await Assert.ThrowsAsync<ArgumentException>(() =>
            SkeletonStore.WriteAsync(_files.PathOf("a.parquet"), "x", format, [sample], ["subject", "view"]));
        var extra = await Assert.ThrowsAsync<ArgumentException>(() =>
            SkeletonStore.WriteAsync(_files.PathOf("b.parquet"), "x", format, [sample], ["setup", "camera", "subject"]));

        Assert.Contains("metadata has no 'view'", missing.Message);
        Assert.Contains("replication", extra.Message);
    }

    [Fact]
    public async Task WriteAsync_DuplicateSampleId_Throws()
    {
        var format = StoreTestData.Stick4;
        var sample = StoreTestData.NtuSamples(format, 1)[0];

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            SkeletonStore.WriteAsync(_files.PathOf("dup.parquet"), "x", format, [sample, sample], StoreSchema.NtuMetadataColumns));

        Assert.Contains("row 1", error.Message);
        Assert.Contains("appears twice", error.Message);
    }

    [Fact]
    public void StorePaths_For_JoinsRootDatasetAndFormat()
    {
        Assert.Equal(Path.Combine("/data", "ntu60", "ntu-rgb+d.parquet"), StorePaths.For("/data", "ntu60", "ntu-rgb+d"));
        Assert.Throws<ArgumentException>(() => StorePaths.For("/data", "../x", "smpl_24"));
    }

    public void Dispose() => _files.Dispose();

    private static SkeletonFormat FormatOf(string name) => name == StoreTestData.Stick4.Name ? StoreTestData.Stick4 : SkeletonFormats.Get(name);

    private static IEnumerable<SkeletonSample> FailAfter(IEnumerable<SkeletonSample> samples, int count)
    {
        foreach (var sample in samples.Take(count))
        {
            yield return sample;
        }

        throw new InvalidOperationException("enumerator failed");
    }
}
