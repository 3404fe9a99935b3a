using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments.Results;

public sealed class ResultsStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-results-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private static ExperimentSpec Spec(InputStream stream, params string[] formats) =>
        new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, stream, formats, formats, Budget.Smoke, Seed: 7);

    private static ExperimentResult Result(ExperimentSpec spec, double top1, double? ensemble = null) =>
        new(spec.Id, top1, 0.9, top1 + 0.01, ensemble, spec.EvaluationFormats.ToDictionary(f => f, _ => top1), 12.5, 3.25);

    [Fact]
    public void Append_Twice_KeepsBothRowsValidFileAndNoTemporaryFiles()
    {
        var store = new ResultsStore(_root);
        var single = Spec(InputStream.Joint, "ntu-rgb+d");
        var multi = Spec(InputStream.Bone, "ntu-rgb+d", "smplx_42");

        var first = store.Append(single, Result(single, 0.5), "abc1234");
        var second = store.Append(multi, Result(multi, 0.6, ensemble: 0.7), "def5678");
        var rows = new ResultsStore(_root).Load();

        Assert.Equal(first.Concat(second), rows);
        Assert.Contains(rows, r => r.SpecId == single.Id && r.Metric == "top1" && r.Value == 0.5 && r.Commit == "abc1234");
        Assert.Contains(rows, r => r.SpecId == multi.Id && r.Metric == "ensemble_top1" && r.Value == 0.7);
        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(["results.parquet"], Directory.GetFiles(_root).Select(Path.GetFileName));
        Assert.Single(Directory.GetFiles(RunResultFiles.Folder(_root, single.Id)));
        Assert.Single(Directory.GetFiles(RunResultFiles.Folder(_root, multi.Id)));
    }

    [Fact]
    public void Append_FromParallelWriters_LosesNoRows()
    {
        var store = new ResultsStore(_root);
        var specs = Enumerable.Range(0, 6).Select(i => Spec(InputStream.Joint, "ntu-rgb+d") with { Seed = (ulong)i }).ToArray();

        Parallel.ForEach(specs, spec => new ResultsStore(_root).Append(spec, Result(spec, 0.5), "p"));

        Assert.Equal(specs.Select(s => s.Id).Order(), store.Load().Where(r => r.Metric == "top1").Select(r => r.SpecId).Order());
    }

    [Fact]
    public void Append_Result_WritesEveryMetricOncePerFormatAndTheSpecFields()
    {
        var store = new ResultsStore(_root);
        var spec = Spec(InputStream.Motion, "ntu-rgb+d", "smplx_42");

        var rows = store.Append(spec, Result(spec, 0.4, ensemble: 0.45), "c0ffee1");

        Assert.Equal(
            ["top1", "top5", "best_periodic_top1", "ensemble_top1", "top1:ntu-rgb+d", "top1:smplx_42", "pretrain_seconds", "evaluation_seconds"],
            rows.Select(r => r.Metric));
        var row = rows[0];
        Assert.Equal(("AimClr", "synthetic-xsub", "Motion", "ntu-rgb+d+smplx_42", "smoke", "paper", 7L), (row.Method, row.Benchmark, row.Stream, row.TrainingFormats, row.Budget, row.Compat, row.Seed));
        Assert.Equal(DateTimeKind.Utc, store.Load()[0].Time.Kind);
    }

    [Fact]
    public void Append_ResultWithKeyCosineAndThreads_AddsTheirRowsLast()
    {
        var spec = Spec(InputStream.Joint, "ntu-rgb+d");

        var rows = new ResultsStore(_root).Append(spec, Result(spec, 0.5) with { KeyCosine = 0.97, Threads = 2 }, "x");

        Assert.Equal(("key_cosine", 0.97), (rows[^2].Metric, rows[^2].Value));
        Assert.Equal(("threads", 2.0), (rows[^1].Metric, rows[^1].Value));
    }

    [Fact]
    public void Append_SingleFormatResult_HasNoEnsembleRow()
    {
        var spec = Spec(InputStream.Joint, "ntu-rgb+d");

        var rows = new ResultsStore(_root).Append(spec, Result(spec, 0.5), "x");

        Assert.DoesNotContain(rows, r => r.Metric == "ensemble_top1");
    }

    [Fact]
    public void Append_ResultOfAnotherSpec_ThrowsNamingBothIds()
    {
        var spec = Spec(InputStream.Joint, "ntu-rgb+d");
        var other = Spec(InputStream.Bone, "ntu-rgb+d");

        var error = Assert.Throws<ArgumentException>(() => new ResultsStore(_root).Append(spec, Result(other, 0.5), "x"));

        Assert.Contains(spec.Id, error.Message);
        Assert.Contains(other.Id, error.Message);
    }

    [Fact]
    public void ToDataFrame_TwoExperiments_HasFilterableColumns()
    {
        var store = new ResultsStore(_root);
        var joint = Spec(InputStream.Joint, "ntu-rgb+d");
        var bone = Spec(InputStream.Bone, "ntu-rgb+d");
        store.Append(joint, Result(joint, 0.5), "a");
        store.Append(bone, Result(bone, 0.6), "b");

        var frame = store.ToDataFrame();
        var top1 = frame.Filter(frame["metric"].ElementwiseEquals("top1"));
        var boneTop1 = top1.Filter(top1["stream"].ElementwiseEquals("Bone"));

        Assert.Equal(
            ["spec_id", "metric", "value", "seed", "commit", "time", "method", "benchmark", "stream", "training_formats", "evaluation_formats", "budget", "compat"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal(12, frame.Rows.Count); // six metrics per single-format result
        Assert.Equal(2, top1.Rows.Count);
        Assert.Equal(1, boneTop1.Rows.Count);
        Assert.Equal(0.6, (double)boneTop1["value"][0]!);
        Assert.Equal(bone.Id, (string)boneTop1["spec_id"][0]!);
    }

    [Fact]
    public void Latest_ValueAppendedTwice_ReturnsTheNewestAndNullWhenMissing()
    {
        var store = new ResultsStore(_root);
        var spec = Spec(InputStream.Joint, "ntu-rgb+d");
        store.Append(spec, Result(spec, 0.5), "old");
        store.Append(spec, Result(spec, 0.55), "new");

        Assert.Equal(0.55, store.Latest(spec.Id, "top1"));
        Assert.Null(store.Latest(spec.Id, "ensemble_top1"));
        Assert.Null(store.Latest("missing", "top1"));
    }

    [Fact]
    public void Load_NoFile_IsEmpty()
    {
        Assert.Empty(new ResultsStore(Path.Combine(_root, "none")).Load());
    }

    [Fact]
    public void Current_NotARepository_ReturnsUnknownWithoutThrowing()
    {
        Assert.Equal(GitCommit.Unknown, GitCommit.Current(_root));
        Assert.Equal(GitCommit.Unknown, GitCommit.Current(Path.Combine(_root, "does-not-exist")));
    }
}
