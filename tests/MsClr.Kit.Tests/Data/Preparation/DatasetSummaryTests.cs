using MsClr.Kit.Data.Preparation;

namespace MsClr.Kit.Tests.Data.Preparation;

public sealed class DatasetSummaryTests : IDisposable
{
    private readonly NtuRawFolder _raw = new();

    [Fact]
    public async Task ReadAsync_PreparedNtuStore_HasClassNamesSplitsAndFrames()
    {
        var result = await NtuPreparation.RunAsync(new NtuPreparationOptions(_raw.Raw, _raw.DataRoot) { Preprocess = false });

        var summary = await DatasetSummary.ReadAsync(result.StorePath);

        // Five good files, one of them on the built-in missing-skeleton list.
        Assert.Equal(("ntu60", "ntu-rgb+d", 4), (summary.Dataset, summary.Format, summary.Samples));
        Assert.Equal("drink water", summary.PerClass["class"][0]);
        Assert.Equal(["ntu60-xsub", "ntu60-xview"], summary.Splits.Select(s => s.Benchmark));
        Assert.Equal(3.0, summary.Frames["min"][0]);
        Assert.Equal(60.0, summary.Frames["max"][0]);
    }

    [Fact]
    public void FindStores_DataRoot_ListsParquetFilesByDatasetSkippingHiddenOnes()
    {
        var root = Path.Combine(_raw.DataRoot, "find");
        foreach (var file in new[] { "ntu60/smpl_24.parquet", "ntu60/ntu-rgb+d.parquet", "ntu120/ntu-rgb+d.parquet", "ntu60/.x.parquet", "ntu60/notes.txt" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
            File.WriteAllText(Path.Combine(root, file), string.Empty);
        }

        Assert.Equal(
            ["ntu120/ntu-rgb+d.parquet", "ntu60/ntu-rgb+d.parquet", "ntu60/smpl_24.parquet"],
            DatasetSummary.FindStores(root).Select(p => Path.GetRelativePath(root, p)));
        Assert.Equal(["ntu60/ntu-rgb+d.parquet", "ntu60/smpl_24.parquet"], DatasetSummary.FindStores(root, "ntu60").Select(p => Path.GetRelativePath(root, p)));
        Assert.Empty(DatasetSummary.FindStores(Path.Combine(root, "absent")));
    }

    public void Dispose() => _raw.Dispose();
}
