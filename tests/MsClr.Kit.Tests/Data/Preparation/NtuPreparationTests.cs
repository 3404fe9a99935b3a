using MsClr.Kit.Data;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Preparation;

public sealed class NtuPreparationTests : IDisposable
{
    private readonly NtuRawFolder _raw = new();

    private NtuPreparationOptions Options => new(_raw.Raw, _raw.DataRoot) { MissingListPath = _raw.MissingList };

    [Fact]
    public async Task RunAsync_SixFiles_WritesTheGoodSamplesInSampleIdOrderWithLabelsAndMetadata()
    {
        var result = await NtuPreparation.RunAsync(Options);

        Assert.Equal(Path.Combine(_raw.DataRoot, "ntu60", "ntu-rgb+d.parquet"), result.StorePath);
        Assert.Equal((6, 4, 1, 0, true), (result.FilesFound, result.Converted, result.SkippedMissing, result.SkippedOutsideDataset, result.StoreWritten));
        var samples = await ReadAllAsync(result.StorePath);
        Assert.Equal(NtuRawFolder.GoodIds, samples.Select(s => s.SampleId));
        Assert.Equal([0, 1, 2, 9], samples.Select(s => s.Label));
        Assert.Equal(
            new Dictionary<string, int> { ["setup"] = 1, ["camera"] = 3, ["subject"] = 3, ["replication"] = 2 },
            samples[2].Metadata);
        Assert.All(samples, s => Assert.Equal((50, 2, 25), (s.Frames, s.Persons, s.Joints)));
        var reader = await SkeletonStoreReader.OpenAsync(result.StorePath);
        Assert.Equal(("ntu60", "ntu-rgb+d"), (reader.Dataset, reader.Format.Name));
    }

    [Fact]
    public async Task RunAsync_NoMissingList_SkipsTheBuiltInListOfTheDataset()
    {
        var result = await NtuPreparation.RunAsync(Options with { MissingListPath = null });

        Assert.Equal((4, 1), (result.Converted, result.SkippedMissing));
        Assert.Equal(NtuRawFolder.GoodIds, (await ReadAllAsync(result.StorePath)).Select(s => s.SampleId));
    }

    [Fact]
    public async Task RunAsync_MissingListGiven_OverridesTheBuiltInList()
    {
        var empty = _raw.WriteList("empty.txt", []);

        var result = await NtuPreparation.RunAsync(Options with { MissingListPath = empty });

        Assert.Equal((5, 0), (result.Converted, result.SkippedMissing));
        Assert.Contains(NtuRawFolder.Missing, (await ReadAllAsync(result.StorePath)).Select(s => s.SampleId));
    }

    [Fact]
    public async Task RunAsync_TruncatedFile_IsReportedByNameAndLeavesNoTemporaryFile()
    {
        var result = await NtuPreparation.RunAsync(Options);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(_raw.PathOf(NtuRawFolder.Truncated), failure.File);
        Assert.Contains(NtuRawFolder.Truncated + ".skeleton", failure.Error);
        Assert.False(result.AllConverted);
        Assert.Equal(["ntu-rgb+d.parquet"], Directory.GetFiles(Path.GetDirectoryName(result.StorePath)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RunAsync_Preprocessed_EqualsTheRecipeAppliedToTheGendataSample()
    {
        var result = await NtuPreparation.RunAsync(Options);

        var stored = (await ReadAllAsync(result.StorePath))[0];
        var path = _raw.PathOf(NtuRawFolder.SubTrainViewTest);
        var expected = PreprocessingRecipe.For(SkeletonFormats.NtuRgbD).Apply(
            NtuPreparation.ToSample(NtuSkeletonReader.Read(path), NtuSampleId.Parse(NtuRawFolder.SubTrainViewTest)));
        Assert.Equal(expected.Xyz, stored.Xyz);
        Assert.Equal(50, result.Recipe!.TargetFrames);
    }

    [Fact]
    public async Task RunAsync_NoPreprocess_StoresTheRawFramesInCameraSpace()
    {
        var result = await NtuPreparation.RunAsync(Options with { Preprocess = false });

        var samples = await ReadAllAsync(result.StorePath);
        Assert.Null(result.Recipe);
        Assert.Equal([7, 3, 60, 4], samples.Select(s => s.Frames));
        var twoBodies = samples[0];
        var second = new SyntheticBody(12, -0.5, 0.02);
        var (x, y, z) = SkeletonText.Position(second, frame: 6, joint: 24);
        Assert.Equal(SkeletonText.Parsed(x), twoBodies.Xyz[twoBodies.Offset(6, 1, 24, 0)]);
        Assert.Equal(SkeletonText.Parsed(y), twoBodies.Xyz[twoBodies.Offset(6, 1, 24, 1)]);
        Assert.Equal(SkeletonText.Parsed(z), twoBodies.Xyz[twoBodies.Offset(6, 1, 24, 2)]);
        Assert.All(Enumerable.Range(0, 75), k => Assert.Equal(0f, samples[1].Xyz[samples[1].Offset(2, 1, 0, 0) + k]));
    }

    [Fact]
    public async Task RunAsync_Ntu60_DropsAnA061SampleAndNtu120KeepsIt()
    {
        _raw.Write("S001C001P001R001A061", NtuRawFolder.Frames(3, _ => [new SyntheticBody(71, 0.2, 0.01)]));

        var ntu60 = await NtuPreparation.RunAsync(Options);
        var ntu120 = await NtuPreparation.RunAsync(Options with { Dataset = NtuDataset.Ntu120 });

        Assert.Equal((4, 1), (ntu60.Converted, ntu60.SkippedOutsideDataset));
        Assert.DoesNotContain("S001C001P001R001A061", (await ReadAllAsync(ntu60.StorePath)).Select(s => s.SampleId));
        Assert.Equal((5, 0), (ntu120.Converted, ntu120.SkippedOutsideDataset));
        Assert.Equal(Path.Combine(_raw.DataRoot, "ntu120", "ntu-rgb+d.parquet"), ntu120.StorePath);
        var ids = (await ReadAllAsync(ntu120.StorePath)).Select(s => s.SampleId).ToArray();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Contains("S001C001P001R001A061", ids);
    }

    [Fact]
    public async Task RunAsync_Progress_CountsEveryFileInOrderAndTheFailures()
    {
        var reports = new List<PreparationProgress>();

        await NtuPreparation.RunAsync(Options, new ListProgress(reports));

        Assert.Equal(Enumerable.Range(0, 6), reports.Select(r => r.FilesDone));
        Assert.All(reports, r => Assert.Equal(5, r.FilesTotal));
        Assert.Null(reports[0].CurrentFile);
        Assert.Equal(_raw.PathOf(NtuRawFolder.SubTestViewTest), reports[^1].CurrentFile);
        Assert.Equal(1, reports[^1].Failures);
    }

    [Fact]
    public async Task RunAsync_ManyWorkersAndFiles_KeepsSampleIdOrder()
    {
        // Lengths vary so that files finish out of order on the workers.
        for (var p = 24; p >= 1; p--)
        {
            _raw.Write(Path.Combine("sub", $"S001C001P{p:D3}R001A005"), NtuRawFolder.Frames(1 + (p * 37 % 64), _ => [new SyntheticBody(9, 0.2, 0.01)]));
        }

        var result = await NtuPreparation.RunAsync(Options with { Workers = 4, BufferedFiles = 4, Preprocess = false });

        var stored = (await ReadAllAsync(result.StorePath)).Select(s => s.SampleId).ToArray();
        Assert.Equal(stored.Order(StringComparer.Ordinal), stored);
        Assert.Equal(28, stored.Length);
    }

    [Fact]
    public async Task RunAsync_FileWithoutBodies_FailsWithZeroValidFrames()
    {
        _raw.Write("S001C001P008R001A005", NtuRawFolder.Frames(3, _ => []));

        var result = await NtuPreparation.RunAsync(Options);

        var failure = Assert.Single(result.Failures, f => f.File.EndsWith("S001C001P008R001A005.skeleton", StringComparison.Ordinal));
        Assert.Contains("no body in any of its 3 frames", failure.Error);
    }

    [Fact]
    public async Task RunAsync_NothingConverts_LeavesTheEarlierStoreUntouched()
    {
        var first = await NtuPreparation.RunAsync(Options);
        var before = File.ReadAllBytes(first.StorePath);
        foreach (var id in NtuRawFolder.GoodIds)
        {
            File.WriteAllText(_raw.PathOf(id), "2\n1\n");
        }

        var second = await NtuPreparation.RunAsync(Options);

        Assert.False(second.StoreWritten);
        Assert.Equal(5, second.Failures.Count);
        Assert.Equal(before, File.ReadAllBytes(first.StorePath));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(first.StorePath)!));
    }

    [Fact]
    public async Task RunAsync_MissingFolder_ThrowsDirectoryNotFoundNamingIt()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() =>
            NtuPreparation.RunAsync(Options with { RawFolder = Path.Combine(_raw.Raw, "nope") }));

        Assert.Contains(Path.Combine(_raw.Raw, "nope"), error.Message);
    }

    [Fact]
    public async Task SplitSummary_PreparedStore_CountsTwoTrainAndTwoTestPerBenchmark()
    {
        var result = await NtuPreparation.RunAsync(Options);

        var table = await NtuSplitSummary.ReadAsync(result.StorePath, NtuDataset.Ntu60);

        Assert.Equal(["ntu60-xsub", "ntu60-xview"], table["benchmark"].Cast<string>());
        Assert.Equal([2, 2], table["train"].Cast<int>());
        Assert.Equal([2, 2], table["test"].Cast<int>());
        Assert.Equal([0, 0], table["outside"].Cast<int>());
    }

    public void Dispose() => _raw.Dispose();

    private static async Task<List<SkeletonSample>> ReadAllAsync(string path)
    {
        var reader = await SkeletonStoreReader.OpenAsync(path);
        var samples = new List<SkeletonSample>();
        await foreach (var sample in reader.ReadSamplesAsync())
        {
            samples.Add(sample);
        }

        return samples;
    }

    private sealed class ListProgress(List<PreparationProgress> reports) : IProgress<PreparationProgress>
    {
        public void Report(PreparationProgress value) => reports.Add(value);
    }
}
