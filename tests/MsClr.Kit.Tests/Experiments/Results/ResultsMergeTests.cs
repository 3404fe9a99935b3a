using System.Text.Json;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments.Results;

/// <summary>The store as derived data: result files in run folders, merged idempotently, legacy stores imported once.</summary>
public sealed class ResultsMergeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-merge-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private static ExperimentSpec Spec(ulong seed) =>
        new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke, Seed: seed);

    private static ExperimentResult Result(ExperimentSpec spec, double top1) =>
        new(spec.Id, top1, 0.9, top1, null, new Dictionary<string, double> { ["ntu-rgb+d"] = top1 }, 12.5, 3.25);

    private string WriteResultJson(ExperimentSpec spec, double top1)
    {
        var folder = Path.Combine(_root, spec.Id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "spec.json"), spec.Canonical());
        var path = Path.Combine(folder, "result.json");
        File.WriteAllText(path, JsonSerializer.Serialize(Result(spec, top1)));
        return path;
    }

    [Fact]
    public void Merge_Twice_GivesTheSameRowsAndLeavesTheStoreFileUntouched()
    {
        var store = new ResultsStore(_root);
        store.Append(Spec(1), Result(Spec(1), 0.5), "a");
        store.Append(Spec(2), Result(Spec(2), 0.6), "b");
        var written = File.GetLastWriteTimeUtc(store.Path);
        var bytes = File.ReadAllBytes(store.Path);
        Thread.Sleep(20);

        var first = store.Merge();
        var second = new ResultsStore(_root).Merge();

        Assert.Equal(first, second);
        Assert.Equal(12, first.Count);
        Assert.Equal(bytes, File.ReadAllBytes(store.Path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(store.Path));
    }

    [Fact]
    public void Load_SeesAResultFileWrittenByAnotherWriterSinceTheLastMerge()
    {
        var store = new ResultsStore(_root);
        store.Append(Spec(1), Result(Spec(1), 0.5), "a");
        RunResultFiles.Write(_root, ResultMetrics.Rows(Spec(2), Result(Spec(2), 0.7), "b", DateTime.UtcNow));

        Assert.Equal(0.7, store.Latest(Spec(2).Id, "top1"));
        Assert.Contains(ResultsParquetRows(store.Path), r => r.SpecId == Spec(2).Id);
    }

    [Fact]
    public void Record_SameResultTwice_AddsOneRowSetAndANewResultAddsAnother()
    {
        var spec = Spec(3);
        var path = WriteResultJson(spec, 0.5);

        FinishedRun.Record(_root, spec, path, "c");
        var twice = FinishedRun.Record(_root, spec, path, "c");
        Assert.Single(twice, r => r.Metric == "top1");

        File.WriteAllText(path, JsonSerializer.Serialize(Result(spec, 0.8)));
        var rerun = FinishedRun.Record(_root, spec, path, "c");
        Assert.Equal([0.5, 0.8], rerun.Where(r => r.Metric == "top1").Select(r => r.Value));
        Assert.Equal(0.8, ResultsStore.Latest(rerun, spec.Id, "top1"));
    }

    [Fact]
    public void Record_ResultOfAnotherSpec_ThrowsNamingTheFileAndBothIds()
    {
        var path = WriteResultJson(Spec(4), 0.5);

        var error = Assert.Throws<InvalidDataException>(() => FinishedRun.Record(_root, Spec(5), path, "c"));

        Assert.Contains(path, error.Message);
        Assert.Contains(Spec(4).Id, error.Message);
        Assert.Contains(Spec(5).Id, error.Message);
    }

    [Fact]
    public void Merge_StoreWrittenByAnOlderKit_KeepsItsRowsOnceAndRecordingItsRunsAgainAddsNothing()
    {
        var spec = Spec(6);
        var resultPath = WriteResultJson(spec, 0.5);
        var legacyRows = ResultMetrics.Rows(spec, Result(spec, 0.5), "old", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .Concat(ResultMetrics.Rows(Spec(7), Result(Spec(7), 0.4), "old", new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc)))
            .ToArray();
        var store = new ResultsStore(_root);
        using (var stream = File.Create(store.Path))
        {
            ResultsParquet.Write(stream, legacyRows);
        }

        Assert.Equal(legacyRows, store.Merge());
        Assert.Equal(legacyRows, FinishedRun.Record(_root, spec, resultPath, "new"));
        Assert.Equal(legacyRows, new ResultsStore(_root).Load());
    }

    [Fact]
    public void Merge_CorruptResultFile_ThrowsNamingIt()
    {
        var spec = Spec(8);
        var path = RunResultFiles.Write(_root, ResultMetrics.Rows(spec, Result(spec, 0.5), "a", DateTime.UtcNow)).Single();
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 3] ^= 0x55;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => new ResultsStore(_root).Merge());

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Folder_SpecIdWithAPathSeparator_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => RunResultFiles.Folder(_root, "../escape"));
    }

    private static IReadOnlyList<ResultRow> ResultsParquetRows(string path) => RunResultFiles.Read(path);
}
