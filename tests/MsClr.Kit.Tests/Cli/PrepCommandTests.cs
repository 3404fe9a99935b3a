using MsClr.Kit.Data.Store;
using MsClr.Kit.Tests.Data.Preparation;

namespace MsClr.Kit.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class PrepCommandTests : IDisposable
{
    private readonly NtuRawFolder _raw = new();

    private string StorePath => Path.Combine(_raw.DataRoot, "ntu60", "ntu-rgb+d.parquet");

    [Fact]
    public async Task PrepNtu_FolderWithATruncatedFile_ExitsWith1ListsItAndWritesTheStore()
    {
        var (exitCode, output, error) = CliRun.Invoke("prep", "ntu", "--raw", _raw.Raw, "--missing", _raw.MissingList, "--data", _raw.DataRoot);

        Assert.Equal(1, exitCode);
        Assert.Contains("failed files (1):", output);
        Assert.Contains(NtuRawFolder.Truncated + ".skeleton", output);
        Assert.Contains("1 file(s) failed", error);
        Assert.Contains("ntu60-xsub", output);
        var index = await (await SkeletonStoreReader.OpenAsync(StorePath)).ReadIndexAsync();
        Assert.Equal(NtuRawFolder.GoodIds, index.SampleIds);
        Assert.All(index.Frames, f => Assert.Equal(50, f));
    }

    [Fact]
    public async Task PrepNtu_NoPreprocessAndNtu120_StoresRawFramesUnderNtu120()
    {
        File.Delete(_raw.PathOf(NtuRawFolder.Truncated));

        var (exitCode, output, _) = CliRun.Invoke(
            "prep", "ntu", "--raw", _raw.Raw, "--benchmark", "ntu120", "--no-preprocess", "--denoise", "--data", _raw.DataRoot);

        Assert.Equal(0, exitCode);
        Assert.Contains("raw (at most 300)", output);
        var index = await (await SkeletonStoreReader.OpenAsync(Path.Combine(_raw.DataRoot, "ntu120", "ntu-rgb+d.parquet"))).ReadIndexAsync();
        Assert.Equal([7, 3, 60, 4], index.Frames); // the 5-frame sample is on NTU-120's built-in missing-skeleton list
    }

    [Fact]
    public void PrepNtu_MissingFolder_ExitsWith2NamingIt()
    {
        var absent = Path.Combine(_raw.Raw, "absent");

        var (exitCode, _, error) = CliRun.Invoke("prep", "ntu", "--raw", absent, "--data", _raw.DataRoot);

        Assert.Equal(2, exitCode);
        Assert.Contains(absent, error);
        Assert.False(File.Exists(StorePath));
    }

    [Fact]
    public void PrepMetrabs_UnknownUnit_ExitsWith2()
    {
        var (exitCode, _, error) = CliRun.Invoke("prep", "metrabs", "--npy", _raw.Raw, "--format", "smpl_24", "--unit", "furlong");

        Assert.Equal(2, exitCode);
        Assert.Contains("--unit 'furlong'", error);
    }

    [Fact]
    public void DataSummary_PreparedStore_PrintsTheDatasetThePerClassTableAndTheFrames()
    {
        CliRun.Invoke("prep", "ntu", "--raw", _raw.Raw, "--missing", _raw.MissingList, "--data", _raw.DataRoot);

        var (exitCode, output, _) = CliRun.Invoke("data", "summary", "--data", _raw.DataRoot);

        Assert.Equal(0, exitCode);
        Assert.Contains("dataset ntu60  format ntu-rgb+d  samples 4", output);
        Assert.Contains("per class:", output);
        Assert.Matches(@"\n\s*0\s+drink water\s+1\n", output);
        Assert.Contains("per split (ntu60-xview):", output);
        Assert.Contains("frames:", output);
        Assert.Matches(@"samples\s+min\s+p25\s+median\s+p75\s+max\s+mean", output);
    }

    [Fact]
    public void DataSummary_NoStore_ExitsWith2()
    {
        var (exitCode, _, error) = CliRun.Invoke("data", "summary", "--data", _raw.DataRoot, "--dataset", "ntu60");

        Assert.Equal(2, exitCode);
        Assert.Contains("no store under", error);
    }

    public void Dispose() => _raw.Dispose();
}
