using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Teaching;
using MsClr.Kit.Tests.Cli;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Teaching;

/// <summary>The Table 1 tour's fusion of saved score files and its ours-vs-paper view, without running experiments.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PaperTourTests
{
    // Table 1, NTU60 xsub, in printed row order: j, m, b for AimCLR / MS-AimCLR interleaved, then the three 3s rows.
    private static readonly (string Row, double Paper)[] Ntu60XSub =
    [
        ("AimCLR (j)", 74.3), ("MS-AimCLR (j)", 76.1), ("AimCLR (m)", 66.8), ("MS-AimCLR (m)", 73.1), ("AimCLR (b)", 73.2),
        ("MS-AimCLR (b)", 76.1), ("3s-AimCLR (j+m+b)", 78.9), ("3s-MS-AimCLR (j+m+b)", 80.9), ("3s-MS-AimCLR ‡ (j+m+b)", 88.0),
    ];

    private static readonly long[] Labels = [0, 1, 0, 1];

    [Fact]
    public void Fusion_HandMadeScoreFiles_FusesStreamsThenEnsemblesFormats()
    {
        using var roots = new TempKitRoots();
        var runs = Path.Combine(roots.Folder, "runs");
        // Kinect alone: joint 2/4, motion 2/4, bone 3/4, fused 3/4 (clip 3 stays wrong).
        WriteStreams(runs, "ntu-rgb+d", [[2, 0], [0, 1], [0, 3], [3, 0]], [[0, 1], [0, 1], [3, 0], [0, 0]], [[1, 0], [1, 0], [2, 0], [0, 2]]);
        // SMPL-X fused gets clip 0 wrong but clip 3 confidently right; the softmax ensemble of both fused formats gets all 4.
        WriteStreams(runs, "smplx_42", [[0, 0.5f], [0, 1], [0, 3], [0, 2]], [[0, 0.5f], [0, 1], [3, 0], [0, 2]], [[0, 0.5f], [1, 0], [2, 0], [0, 2]]);
        string[] ids = ["joint", "motion", "bone"];

        Assert.Equal(0.75, PaperTourFusion.Top1(runs, PaperMeasurement.MultiSkeleton(PaperMeasurement.ThreeStreams), ids), 12);
        Assert.Equal(1.0, PaperTourFusion.Top1(runs, PaperMeasurement.MultiSkeleton(PaperMeasurement.ThreeStreams, ensemble: true), ids), 12);
        Assert.Throws<ArgumentException>(() => PaperTourFusion.Top1(runs, PaperMeasurement.MultiSkeleton(InputStream.Joint), ["joint"]));
    }

    [Fact]
    public void Comparison_PlannedExperiments_HasTheNineNtu60XSubRowsWithThePapersValues()
    {
        var specs = PaperTour.Specs(Budget.Smoke);
        Assert.Equal(6, specs.Count);
        Assert.All(specs, s => Assert.Equal(SyntheticBenchmarks.CrossSubject.Name, s.Benchmark));

        var view = PaperTour.Comparison(specs.Select(s => (s, (ExperimentResult?)null)), Path.GetTempPath());
        Assert.Equal(PaperTableView.Columns, view.Columns.Select(c => c.Name));
        Assert.Equal(Ntu60XSub.Length, view.Rows.Count);
        for (var i = 0; i < Ntu60XSub.Length; i++)
        {
            Assert.Equal(Ntu60XSub[i].Row, view.Columns["row"][i]);
            Assert.Equal("NTU-60 xsub", view.Columns["column"][i]);
            Assert.Equal(Ntu60XSub[i].Paper, view.Columns["paper (%)"][i]);
            Assert.Null(view.Columns["ours (%)"][i]);
            Assert.Equal("synthetic", view.Columns["data"][i]);
            Assert.Equal("smoke", view.Columns["budget"][i]);
        }

        var printed = PaperTour.Table1();
        Assert.Equal(Ntu60XSub.Select(r => r.Row), printed.Columns["row"].Cast<string>());
        Assert.Equal(Ntu60XSub.Select(r => (double?)r.Paper), printed.Columns["NTU-60 xsub (%)"].Cast<double?>());
    }

    private static void WriteStreams(string runs, string format, float[][] joint, float[][] motion, float[][] bone)
    {
        foreach (var (id, scores) in new[] { ("joint", joint), ("motion", motion), ("bone", bone) })
        {
            Directory.CreateDirectory(Path.Combine(runs, id));
            using var logits = tensor(scores.SelectMany(s => s).ToArray(), [scores.Length, 2]);
            ScoreFile.Write(Path.Combine(runs, id, $"scores-{format}.parquet"), ["c0", "c1", "c2", "c3"], Labels, logits);
        }
    }
}
