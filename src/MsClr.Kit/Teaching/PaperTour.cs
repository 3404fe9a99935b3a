using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using Plotly.NET;

namespace MsClr.Kit.Teaching;

/// <summary>
/// Table 1 of the paper (AimCLR vs MS-AimCLR) in one call per step: the printed table, the experiments of its NTU-60
/// xsub column on the synthetic stand-in at a budget, the 3-stream fusions from saved score files, and ours next to the
/// paper's numbers. Ours are synthetic-data numbers at a small budget; the paper's are NTU-60 after 300 epochs.
/// </summary>
public static class PaperTour
{
    /// <summary>The column of Table 1 the tour measures.</summary>
    public const PaperBenchmark Column = PaperBenchmark.Ntu60XSub;

    /// <summary>Table 1 restricted to <see cref="Column"/>: its 9 rows (6 single-stream, 3 fused).</summary>
    public static PaperTable Table1Column { get; } =
        PaperTables.Table1 with { Entries = PaperTables.Table1.Entries.Where(e => e.Benchmark == Column).ToArray() };

    /// <summary>The paper's Table 1 as printed: one row per model, stream and ensemble, one column per benchmark (top-1 %).</summary>
    public static DataFrame Table1()
    {
        var rows = PaperTables.Table1.Entries.GroupBy(e => e.Row).ToArray();
        var benchmarks = Enum.GetValues<PaperBenchmark>();
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("row", rows.Select(r => r.Key)) };
        columns.AddRange(benchmarks.Select(b => new DoubleDataFrameColumn(
            $"{PaperBenchmarks.Label(b)} (%)", rows.Select(r => r.Single(e => e.Benchmark == b).Paper))));
        return new DataFrame(columns);
    }

    /// <summary>The 6 experiments of <see cref="Table1Column"/> on the synthetic stand-in: joint, motion and bone for
    /// AimCLR (ntu-rgb+d) and for MS-AimCLR (ntu-rgb+d + smplx_42); the 3s rows reuse them.</summary>
    public static IReadOnlyList<ExperimentSpec> Specs(Budget budget) => Table1Column.Specs(budget, useSynthetic: true);

    /// <summary>
    /// Runs the <see cref="Specs"/> (reusing finished ones) under the kit's data and runs roots, quietly, records the 3s
    /// fusions in the results store (<see cref="StreamFusionRecorder"/>; every step of the tour does), and lists them:
    /// <c>model, stream, spec id, top-1 (%)</c> (the Kinect classifier), <c>‡ ensemble top-1 (%)</c> (MS-AimCLR only),
    /// <c>pretrain s, evaluation s</c> (as recorded when the experiment ran).
    /// </summary>
    public static DataFrame Run(Budget budget)
    {
        var results = RunAll(budget);
        return new DataFrame(
            new StringDataFrameColumn("model", results.Select(r => Model(r.Spec))),
            new StringDataFrameColumn("stream", results.Select(r => r.Spec.Stream.ToString().ToLowerInvariant())),
            new StringDataFrameColumn("spec id", results.Select(r => r.Spec.Id)),
            new DoubleDataFrameColumn("top-1 (%)", results.Select(r => Percent(r.Result.Top1))),
            new DoubleDataFrameColumn("‡ ensemble top-1 (%)", results.Select(r => Percent(r.Result.EnsembleTop1))),
            new DoubleDataFrameColumn("pretrain s", results.Select(r => Math.Round(r.Result.PretrainSeconds, 1))),
            new DoubleDataFrameColumn("evaluation s", results.Select(r => Math.Round(r.Result.EvaluationSeconds, 1))));
    }

    /// <summary>
    /// The 3 fused rows of <see cref="Table1Column"/> (3s-AimCLR, 3s-MS-AimCLR, 3s-MS-AimCLR ‡), running or reusing their
    /// experiments: each stream's top-1 and the fusion's (<see cref="PaperTourFusion.Top1"/>), in %.
    /// </summary>
    public static DataFrame Fusions(Budget budget)
    {
        var byId = RunAll(budget).ToDictionary(r => r.Spec.Id, r => r.Result);
        var fused = Table1Column.Measured.Where(e => e.Measurement!.IsFusion).ToArray();
        double? Stream(PaperEntry entry, InputStream stream)
        {
            var specs = entry.Specs(budget, useSynthetic: true);
            var index = entry.Measurement!.Streams.ToList().IndexOf(stream);
            return PaperTableView.Metric(byId[specs[index].Id], entry.Measurement.Metric);
        }

        return new DataFrame(
            new StringDataFrameColumn("row", fused.Select(e => e.Row)),
            new DoubleDataFrameColumn("joint (%)", fused.Select(e => Percent(Stream(e, InputStream.Joint)))),
            new DoubleDataFrameColumn("motion (%)", fused.Select(e => Percent(Stream(e, InputStream.Motion)))),
            new DoubleDataFrameColumn("bone (%)", fused.Select(e => Percent(Stream(e, InputStream.Bone)))),
            new DoubleDataFrameColumn("fused 0.6 j + 0.4 m + 0.6 b (%)", fused.Select(e => Percent(ScoreFileFusion.Top1(
                KitEnvironment.RunsRoot, e.Measurement!, e.Specs(budget, useSynthetic: true).Select(s => s.Id).ToArray())))));
    }

    /// <summary>
    /// Ours next to the paper's for the 9 rows of <see cref="Table1Column"/> (<see cref="PaperTableView"/>: <c>ours (%)</c>,
    /// <c>paper (%)</c>, <c>delta (points)</c>, <c>data</c> = synthetic, <c>budget</c>), running or reusing the experiments.
    /// </summary>
    public static DataFrame Comparison(Budget budget) =>
        Comparison(RunAll(budget).Select(r => (r.Spec, (ExperimentResult?)r.Result)), KitEnvironment.RunsRoot);

    /// <summary><see cref="Comparison(Budget)"/> as grouped bars, ours against the paper's, one pair per row.</summary>
    public static GenericChart Chart(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var view = Comparison(budget);
        return TourRuns.Chart(
            $"Table 1, {PaperBenchmarks.Label(Column)}: ours (synthetic, {budget.Name} budget) vs paper (NTU-60, 300 epochs)", view, i => (string)view.Columns["row"][i]);
    }

    /// <summary>The comparison view of <paramref name="results"/> (null results: not run yet), fusing 3s rows from <paramref name="runsRoot"/>.</summary>
    internal static DataFrame Comparison(IEnumerable<(ExperimentSpec Spec, ExperimentResult? Result)> results, string runsRoot) =>
        TourRuns.View(Table1Column, results, runsRoot);

    // Recording here means any Table 1 step leaves its 3s rows in the results store, for `msclr results`.
    private static (ExperimentSpec Spec, ExperimentResult Result)[] RunAll(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var results = TourRuns.Run(Specs(budget));
        StreamFusionRecorder.Record(KitEnvironment.RunsRoot, Table1Column, budget, useSynthetic: true);
        return results;
    }

    private static string Model(ExperimentSpec spec) => TourRuns.Model(spec);

    private static double? Percent(double? fraction) => TourRuns.Percent(fraction);
}
