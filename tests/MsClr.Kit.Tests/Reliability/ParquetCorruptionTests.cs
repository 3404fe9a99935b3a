using MsClr.Kit.Data.Store;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.IO;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Data.Store;
using MsClr.Kit.Training.Pretraining;
using Parquet;
using Parquet.Schema;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>
/// Every kind of Parquet file the kit writes (skeleton store, results store, score file, metrics log) carries a SHA-256
/// in its footer: a valid file round-trips, a cut-short file is reported as truncated and a single flipped bit in the data
/// region as a checksum mismatch, always naming the file. Files without a checksum (other tools) still load.
/// </summary>
public sealed class ParquetCorruptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("msclr-parquet-corruption-").FullName;

    public static TheoryData<string> Kinds => new() { "store", "results", "scores", "metrics" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Read_ValidFile_RoundTripsAndCarriesAChecksum(string kind)
    {
        var path = Write(kind);

        Read(kind, path);

        Assert.True(HasChecksum(path), $"{kind}: the footer has no {ParquetChecksum.Sha256Key}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Read_TruncatedFile_FailsNamingTheFileAndTruncation(string kind)
    {
        var path = Write(kind);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var error = Assert.ThrowsAny<Exception>(() => Read(kind, path));

        Assert.IsNotType<NullReferenceException>(error);
        Assert.StartsWith(path + ": truncated Parquet file", error.Message);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Read_OneBitFlippedInTheData_FailsNamingTheFileAndTheChecksum(string kind)
    {
        var path = Write(kind);
        var bytes = File.ReadAllBytes(path);
        var dataBytes = bytes.Length - 8 - BitConverter.ToInt32(bytes, bytes.Length - 8);
        bytes[4 + ((dataBytes - 4) / 2)] ^= 0x10;
        File.WriteAllBytes(path, bytes);

        var error = Assert.ThrowsAny<Exception>(() => Read(kind, path));

        Assert.StartsWith(path + ": checksum mismatch", error.Message);
    }

    [Fact]
    public async Task OpenAsync_FileWithoutChecksumFromAnotherTool_LoadsUnverified()
    {
        var path = Path.Combine(_folder, "pandas-like.parquet");
        var field = new DataField<int>("x");
        await using (var stream = File.Create(path))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(field, new[] { 1, 2, 3 }.AsMemory());
        }

        await using var reader = await ParquetChecksum.OpenAsync(path);

        Assert.Equal(1, reader.RowGroupCount);
        Assert.False(reader.CustomMetadata?.ContainsKey(ParquetChecksum.Sha256Key) ?? false);
    }

    [Fact]
    public async Task OpenAsync_TextFile_SaysItIsNotParquet()
    {
        var path = Path.Combine(_folder, "notes.parquet");
        await File.WriteAllTextAsync(path, "a text file with a .parquet name");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ParquetChecksum.OpenAsync(path));

        Assert.StartsWith(path + ": not a readable Parquet file", error.Message);
    }

    [Fact]
    public async Task Read_ResultsAndMetricsWithAMissingColumn_NameTheFileAndTheColumn()
    {
        var path = Path.Combine(_folder, "one-column.parquet");
        var field = new DataField<string>("spec_id");
        await using (var stream = File.Create(path))
        {
            await ParquetChecksum.WriteAsync(stream, new ParquetSchema(field), null, null, async writer =>
            {
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(field, ["x"]);
            });
        }

        var results = Assert.Throws<InvalidDataException>(() => ResultsParquet.Read(path));
        var metrics = Assert.Throws<InvalidDataException>(() => MetricsLog.Load(path));

        Assert.StartsWith(path + ": expected columns", results.Message);
        Assert.Contains("missing metric, value", results.Message);
        Assert.Equal($"{path}: no column 'epoch'; its columns are spec_id", metrics.Message);
    }

    private string Write(string kind)
    {
        var path = Path.Combine(_folder, $"{kind}.parquet");
        switch (kind)
        {
            case "store":
                SkeletonStore.WriteAsync(path, "ntu60", StoreTestData.Stick4, StoreTestData.NtuSamples(StoreTestData.Stick4, 4), StoreSchema.NtuMetadataColumns, rowGroupSize: 2)
                    .GetAwaiter().GetResult();
                break;
            case "results":
                var time = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
                AtomicFile.Write(path, stream => ResultsParquet.Write(stream,
                    [new ResultRow("spec", "top1", 0.5, 1, "abc", time, "ms-aimclr", "ntu60-xsub", "joint", "a", "b", "smoke", "")]));
                break;
            case "scores":
                using (var scores = tensor(new float[] { 0.5f, -1, 2, 3, 0, -0.25f }, [2, 3]))
                {
                    ScoreFile.Write(path, ["a", "b"], [2, 0], scores);
                }

                break;
            default:
                var log = new MetricsLog();
                log.Add(new TrainingProgress(1, 2, 0, 3, 4.5, 4.0, 0.25, 0.25, 0.1, 100, "ntu-rgb+d", "smplx_42"));
                log.Save(path);
                break;
        }

        return path;
    }

    private static void Read(string kind, string path)
    {
        switch (kind)
        {
            case "store":
                var reader = SkeletonStoreReader.Open(path);
                Assert.Equal(4, reader.ReadSamplesAsync().ToBlockingEnumerable().Count());
                break;
            case "results":
                Assert.Equal("top1", Assert.Single(ResultsParquet.Read(path)).Metric);
                break;
            case "scores":
                var (ids, _, scores) = ScoreFile.Read(path);
                scores.Dispose();
                Assert.Equal(["a", "b"], ids);
                break;
            default:
                Assert.Equal(4.5, Assert.Single(MetricsLog.Load(path).Rows).Loss);
                break;
        }
    }

    private static bool HasChecksum(string path)
    {
        var reader = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        try
        {
            return reader.CustomMetadata?.ContainsKey(ParquetChecksum.Sha256Key) ?? false;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
