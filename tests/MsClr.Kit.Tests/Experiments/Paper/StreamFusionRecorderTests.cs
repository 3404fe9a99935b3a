using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Experiments.Paper;

/// <summary>3s fusions recorded in the results store from hand-made score files, and read back by the store view.</summary>
public sealed class StreamFusionRecorderTests : IDisposable
{
    private static readonly long[] Labels = [0, 1, 0, 1];
    private readonly string _runs = Directory.CreateTempSubdirectory("msclr-fusion-").FullName;

    public void Dispose() => Directory.Delete(_runs, true);

    [Fact]
    public void Record_FinishedTable1Experiments_AppendsTheThreeFusionsOnceAndTheViewFillsThe3sRows()
    {
        WriteTable1Xsub(kinectJoint: [[2, 0], [0, 1], [0, 3], [3, 0]]);

        var first = StreamFusionRecorder.Record(_runs, PaperTables.Table1, Budget.Smoke, useSynthetic: true, commit: "abc");
        var second = StreamFusionRecorder.Record(_runs, PaperTables.Table1, Budget.Smoke, useSynthetic: true, commit: "abc");

        // 3s-AimCLR and 3s-MS-AimCLR read top1, 3s-MS-AimCLR ‡ the ensemble; both NTU xsub columns map to one synthetic split.
        Assert.Equal(3, first.Count);
        Assert.Empty(second);
        Assert.Equal(3, new ResultsStore(_runs).Load().Count);
        var aimclrJoint = Specs("3s-AimCLR (j+m+b)")[0];
        var row = first.Single(r => r.SpecId == aimclrJoint.Id);
        Assert.Equal(PaperTableView.FusedMetric(ResultMetrics.Top1), row.Metric);
        Assert.Equal(("Joint", "smoke", "synthetic-xsub", "ntu-rgb+d", "abc"), (row.Stream, row.Budget, row.Benchmark, row.TrainingFormats, row.Commit));
        Assert.Contains(first, r => r.Metric == PaperTableView.FusedMetric(ResultMetrics.EnsembleTop1) && r.SpecId == Specs("3s-MS-AimCLR ‡ (j+m+b)")[0].Id);

        var view = PaperTableView.Build(PaperTables.Table1, new ResultsStore(_runs), Budget.Smoke, useSynthetic: true);
        var fused = view.Filter(view["row"].ElementwiseEquals("3s-AimCLR (j+m+b)"));
        var xsub = Enumerable.Range(0, (int)fused.Rows.Count).Where(i => ((string)fused["column"][i]).EndsWith("xsub", StringComparison.Ordinal)).ToArray();
        var expected = Math.Round(100 * ScoreFileFusion.Top1(_runs, Entry("3s-AimCLR (j+m+b)").Measurement!, Specs("3s-AimCLR (j+m+b)").Select(s => s.Id).ToArray()), 2);
        Assert.Equal(2, xsub.Length);
        Assert.All(xsub, i => Assert.Equal(expected, (double?)fused["ours (%)"][i]));
        Assert.Equal(75.0, expected);
        Assert.Equal(100.0, (double?)view.Filter(view["row"].ElementwiseEquals("3s-MS-AimCLR ‡ (j+m+b)"))["ours (%)"][1]);
    }

    [Fact]
    public void Record_ScoresChangedByARerun_AppendsTheNewValueWhichTheStoreReadsAsLatest()
    {
        WriteTable1Xsub(kinectJoint: [[2, 0], [0, 1], [0, 3], [3, 0]]);
        StreamFusionRecorder.Record(_runs, PaperTables.Table1, Budget.Smoke, useSynthetic: true, commit: "abc");
        var joint = Specs("3s-AimCLR (j+m+b)")[0].Id;
        var before = new ResultsStore(_runs).Latest(joint, PaperTableView.FusedMetric(ResultMetrics.Top1));

        // A joint stream that now gets clip 3 right with a large margin also fixes the fused clip 3.
        WriteScores(joint, "ntu-rgb+d", [[2, 0], [0, 1], [0, 3], [0, 9]]);
        var again = StreamFusionRecorder.Record(_runs, PaperTables.Table1, Budget.Smoke, useSynthetic: true, commit: "abc");

        Assert.Equal(0.75, before);
        Assert.Equal([joint], again.Select(r => r.SpecId));
        Assert.Equal(1.0, new ResultsStore(_runs).Latest(joint, PaperTableView.FusedMetric(ResultMetrics.Top1)));
    }

    [Fact]
    public void Record_MissingScoreFiles_RecordsOnlyTheFinishedFusions()
    {
        WriteTable1Xsub(kinectJoint: [[2, 0], [0, 1], [0, 3], [3, 0]]);
        File.Delete(Path.Combine(_runs, Specs("3s-MS-AimCLR (j+m+b)")[2].Id, "scores-ntu-rgb+d.parquet"));

        var rows = StreamFusionRecorder.Record(_runs, PaperTables.Table1, Budget.Smoke, useSynthetic: true, commit: "abc");

        Assert.Equal([Specs("3s-AimCLR (j+m+b)")[0].Id], rows.Select(r => r.SpecId));
        Assert.Empty(StreamFusionRecorder.Record(_runs, PaperTables.Table1, Budget.Quick, useSynthetic: true, commit: "abc"));
    }

    private static PaperEntry Entry(string row) => PaperTables.Table1.Entries.First(e => e.Row == row && e.Column == "NTU-60 xsub");

    private static IReadOnlyList<ExperimentSpec> Specs(string row) => Entry(row).Specs(Budget.Smoke, useSynthetic: true);

    // The hand-made scores of PaperTourTests: Kinect fused 3/4, SMPL-X fused 3/4, their ensemble 4/4.
    private void WriteTable1Xsub(float[][] kinectJoint)
    {
        foreach (var row in new[] { "3s-AimCLR (j+m+b)", "3s-MS-AimCLR (j+m+b)" })
        {
            var ids = Specs(row).Select(s => s.Id).ToArray();
            WriteScores(ids[0], "ntu-rgb+d", kinectJoint);
            WriteScores(ids[1], "ntu-rgb+d", [[0, 1], [0, 1], [3, 0], [0, 0]]);
            WriteScores(ids[2], "ntu-rgb+d", [[1, 0], [1, 0], [2, 0], [0, 2]]);
            if (row.Contains("MS-", StringComparison.Ordinal))
            {
                WriteScores(ids[0], "smplx_42", [[0, 0.5f], [0, 1], [0, 3], [0, 2]]);
                WriteScores(ids[1], "smplx_42", [[0, 0.5f], [0, 1], [3, 0], [0, 2]]);
                WriteScores(ids[2], "smplx_42", [[0, 0.5f], [1, 0], [2, 0], [0, 2]]);
            }
        }
    }

    private void WriteScores(string specId, string format, float[][] scores)
    {
        Directory.CreateDirectory(Path.Combine(_runs, specId));
        using var logits = tensor(scores.SelectMany(s => s).ToArray(), [scores.Length, 2]);
        ScoreFile.Write(Path.Combine(_runs, specId, $"scores-{format}.parquet"), ["c0", "c1", "c2", "c3"], Labels, logits);
    }
}
