using MsClr.Kit.Data.Metrabs;
using MsClr.Kit.Data.Store;
using MsClr.Kit.IO.Npy;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data.Metrabs;

public sealed class MetrabsImporterTests : IDisposable
{
    private static readonly SkeletonFormat Toy = new(
        "toy_3", ["a", "b", "c"], [new JointPair(0, 1), new JointPair(1, 2)], center: 1, mirrorPairs: [], LengthUnit.Millimetre);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("msclr-metrabs-tests-");

    [Fact]
    public void ImportFile_Millimetres_ScalesToMetresAndRotatesIntoKinectAxes()
    {
        var path = WritePoses("S002C003P004R002A013", SkeletonFormats.Smpl24, frames: 2, (t, m, v, c) =>
            m == 1 ? 0f : c switch { 0 => 1000f * (v + 1), 1 => -500f + t, _ => 3000f });

        var sample = new MetrabsImporter(SkeletonFormats.Smpl24, LengthUnit.Millimetre).ImportFile(path);

        Assert.Equal(("S002C003P004R002A013", 12), (sample.SampleId, sample.Label));
        Assert.Equal((2, 2, 24), (sample.Frames, sample.Persons, sample.Joints));
        Assert.Equal(new Dictionary<string, int> { ["setup"] = 2, ["camera"] = 3, ["subject"] = 4, ["replication"] = 2 }, sample.Metadata);
        Assert.Equal(-5f, sample.Xyz[sample.Offset(0, 0, 4, 0)], 6);
        Assert.Equal(0.5f, sample.Xyz[sample.Offset(0, 0, 4, 1)], 6);
        Assert.Equal(0.499f, sample.Xyz[sample.Offset(1, 0, 4, 1)], 6);
        Assert.Equal(3f, sample.Xyz[sample.Offset(1, 0, 4, 2)], 6);
        Assert.All(Enumerable.Range(0, 24 * 3), k => Assert.Equal(0, BitConverter.SingleToInt32Bits(sample.Xyz[sample.Offset(1, 1, 0, 0) + k])));
    }

    [Fact]
    public void ImportFile_Metres_KeepsScaleAndNegatesXAndY()
    {
        var path = WritePoses("S001C001P001R001A001", Toy, frames: 1, (_, _, _, c) => c + 1f);

        var sample = new MetrabsImporter(Toy, LengthUnit.Metre).ImportFile(path);

        Assert.Equal([-1f, -2f, 3f], sample.Xyz[..3]);
    }

    [Fact]
    public void ImportFile_MoreThan300Frames_KeepsTheFirst300()
    {
        var path = WritePoses("S001C001P001R001A001", Toy, frames: 302, (t, _, _, _) => t);

        var sample = new MetrabsImporter(Toy, LengthUnit.Millimetre).ImportFile(path);

        Assert.Equal(300, sample.Frames);
        Assert.Equal(-0.299f, sample.Xyz[sample.Offset(299, 1, 2, 0)], 6);
    }

    [Fact]
    public void ImportFile_WrongJointCount_NamesFileShapeAndExpectedV()
    {
        var path = WritePoses("S001C001P001R001A001", Toy, frames: 2, (_, _, _, _) => 1f, skeleton: "smplx_42");

        var error = Assert.Throws<MetrabsImportException>(() =>
            new MetrabsImporter(SkeletonFormats.SmplX42, LengthUnit.Millimetre).ImportFile(path));

        Assert.StartsWith(path + ":", error.Message);
        Assert.Contains("shape (2, 2, 3, 3): V = 3 joints, expected 42 for format 'smplx_42'", error.Message);
    }

    [Fact]
    public void ImportFile_NameWithoutNtuId_SaysWhatIsExpected()
    {
        var path = Path.Combine(_folder.FullName, "clip7_toy_3.npy");
        NpyWriter.Write(path, new float[18], [1, 2, 3, 3]);

        var error = Assert.Throws<MetrabsImportException>(() => new MetrabsImporter(Toy, LengthUnit.Millimetre).ImportFile(path));

        Assert.Contains("'clip7' is not an NTU sample name", error.Message);
    }

    [Fact]
    public async Task ImportToStoreAsync_OneBadFileAmongGood_ImportsTheRestAndReportsIt()
    {
        WritePoses("S001C001P001R001A001", Toy, frames: 3, (t, m, v, c) => t + v + c);
        WritePoses("S001C002P001R001A001", Toy, frames: 4, (t, m, v, c) => m);
        var bad = WritePoses("S001C003P001R001A001", SkeletonFormats.Smpl24, frames: 2, (_, _, _, _) => 1f, skeleton: Toy.Name);
        var truncated = Path.Combine(_folder.FullName, "sub", MetrabsFileNames.For("S001C001P002R001A002", Toy.Name));
        Directory.CreateDirectory(Path.GetDirectoryName(truncated)!);
        File.WriteAllBytes(truncated, NpyWriter.Header("<f4", [1, 2, 3, 3]));
        var store = Path.Combine(_folder.FullName, "out", "ntu60", "toy_3.parquet");
        var importer = new MetrabsImporter(Toy, LengthUnit.Millimetre);

        var result = await importer.ImportToStoreAsync(_folder.FullName, store, "ntu60");

        Assert.Equal(2, result.Imported);
        Assert.Equal([truncated, bad], result.Failures.Select(f => f.File));
        Assert.Contains("truncated data section", result.Failures[0].Error);
        Assert.Contains("V = 24 joints, expected 3", result.Failures[1].Error);
        var reader = await SkeletonStoreReader.OpenAsync(store);
        var index = await reader.ReadIndexAsync();
        Assert.Equal(["S001C001P001R001A001", "S001C002P001R001A001"], index.SampleIds);
        Assert.Equal([2, 1], index.PersonsPresent);
        Assert.Equal(Toy, reader.Format);
        Assert.Equal(["toy_3.parquet"], Directory.GetFiles(Path.GetDirectoryName(store)!).Select(Path.GetFileName));
    }

    [Fact]
    public void FileNames_SkeletonNameWithUnderscores_SplitsAtTheFirstUnderscore()
    {
        var name = MetrabsFileNames.For("S001C002P003R002A013", "berkeley_mhad_43");

        Assert.Equal("S001C002P003R002A013_berkeley_mhad_43.npy", name);
        Assert.True(MetrabsFileNames.TryGetSampleId(name, "berkeley_mhad_43", out var id));
        Assert.Equal("S001C002P003R002A013", id);
        Assert.False(MetrabsFileNames.TryGetSampleId(name, "mhad_43", out _));
        Assert.False(MetrabsFileNames.TryGetSampleId(name, "smpl_24", out _));
        Assert.Throws<ArgumentException>(() => MetrabsFileNames.For("clip_7", "smpl_24"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Writes a (T, 2, V, 3) float32 file named for <paramref name="skeleton"/> (default: the format's name).</summary>
    private string WritePoses(string sampleId, SkeletonFormat format, int frames, Func<int, int, int, int, float> value, string? skeleton = null)
    {
        var v = format.JointCount;
        var data = new float[frames * 2 * v * 3];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = value(i / 3 / v / 2, i / 3 / v % 2, i / 3 % v, i % 3);
        }

        var path = Path.Combine(_folder.FullName, MetrabsFileNames.For(sampleId, skeleton ?? format.Name));
        NpyWriter.Write(path, data, [frames, 2, v, 3]);
        return path;
    }
}
