using MsClr.Kit.Data.Metrabs;
using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data.Store;
using MsClr.Kit.IO.Npy;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data.Preparation;

public sealed class MetrabsPreparationTests : IDisposable
{
    private static readonly SkeletonFormat Toy = new(
        "toy_3", ["a", "b", "c"], [new JointPair(0, 1), new JointPair(1, 2)], center: 1, mirrorPairs: [], LengthUnit.Millimetre);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("msclr-metrabs-prep-tests-");

    private string Npy => Path.Combine(_folder.FullName, "npy");

    private string DataRoot => Path.Combine(_folder.FullName, "data");

    [Fact]
    public async Task RunAsync_Smpl24_PreprocessesToFiftyFramesAndReportsTheBadFile()
    {
        WritePoses("S001C002P001R001A001", SkeletonFormats.Smpl24, frames: 30);
        WritePoses("S001C001P002R001A002", SkeletonFormats.Smpl24, frames: 80);
        WritePoses("S001C001P002R001A061", SkeletonFormats.Smpl24, frames: 5);
        var bad = WritePoses("S001C003P003R001A003", SkeletonFormats.SmplX42, frames: 4, skeleton: "smpl_24");
        var options = new MetrabsPreparationOptions(Npy, SkeletonFormats.Smpl24, LengthUnit.Millimetre, DataRoot);

        var result = await MetrabsPreparation.RunAsync(options);

        Assert.Equal(Path.Combine(DataRoot, "ntu60", "smpl_24.parquet"), result.StorePath);
        Assert.Equal((4, 2, 1), (result.FilesFound, result.Converted, result.SkippedOutsideDataset));
        Assert.Equal(bad, Assert.Single(result.Failures).File);
        Assert.Contains("V = 42 joints, expected 24", result.Failures[0].Error);
        var reader = await SkeletonStoreReader.OpenAsync(result.StorePath);
        var index = await reader.ReadIndexAsync();
        Assert.Equal(["S001C001P002R001A002", "S001C002P001R001A001"], index.SampleIds);
        Assert.All(index.Frames, f => Assert.Equal(50, f));
    }

    [Fact]
    public async Task RunAsync_CustomFormatWithoutRecipe_StoresTheImportedFrames()
    {
        WritePoses("S001C001P001R001A001", Toy, frames: 7);
        var options = new MetrabsPreparationOptions(Npy, Toy, LengthUnit.Millimetre, DataRoot) { Dataset = "toys" };

        var result = await MetrabsPreparation.RunAsync(options);

        Assert.Null(result.Recipe);
        var index = await (await SkeletonStoreReader.OpenAsync(result.StorePath)).ReadIndexAsync();
        Assert.Equal([7], index.Frames);
        Assert.Equal(Path.Combine(DataRoot, "toys", "toy_3.parquet"), result.StorePath);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string WritePoses(string sampleId, SkeletonFormat format, int frames, string? skeleton = null)
    {
        var v = format.JointCount;
        var data = new float[frames * 2 * v * 3];
        for (var i = 0; i < data.Length; i++)
        {
            // Person 0 moves and has no joint at the origin; person 1 is absent.
            var (t, m, joint, c) = (i / 3 / v / 2, i / 3 / v % 2, i / 3 % v, i % 3);
            data[i] = m == 1 ? 0f : 100f + (10f * joint) + (3f * t) + (1000f * c);
        }

        Directory.CreateDirectory(Npy);
        var path = Path.Combine(Npy, MetrabsFileNames.For(sampleId, skeleton ?? format.Name));
        NpyWriter.Write(path, data, [frames, 2, v, 3]);
        return path;
    }
}
