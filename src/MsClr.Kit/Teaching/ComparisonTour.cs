using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Runtime;
using Plotly.NET;

namespace MsClr.Kit.Teaching;

/// <summary>
/// Tables 2 (NTU 60) and 3 (NTU 120) of the paper in one call per step: the other unsupervised methods' printed numbers,
/// the kit's measured AimCLR and MS-AimCLR rows (joint stream and 3-stream) in each table's subject-split column on the
/// synthetic stand-in at a budget, and ours next to the paper's. Like <see cref="PaperTour"/> it measures one column, so
/// it reuses Table 1's six experiments and adds none. Other methods are reference numbers only: the kit does not
/// implement them.
/// </summary>
public static class ComparisonTour
{
    /// <summary><see cref="PaperTables.Table2"/> for 2, <see cref="PaperTables.Table3"/> for 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another number.</exception>
    public static PaperTable Table(int number) => number switch
    {
        2 => PaperTables.Table2,
        3 => PaperTables.Table3,
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, "expected 2 (NTU 60) or 3 (NTU 120)"),
    };

    /// <summary>
    /// Table <paramref name="number"/> as printed: <c>method</c>, <c>streams</c> (1 or 3), <c>measured by the kit</c>,
    /// one column per benchmark (top-1 %, null for a dash) and the <c>note</c> (architecture; reference or measured).
    /// </summary>
    public static DataFrame Printed(int number)
    {
        var rows = Table(number).Entries.GroupBy(e => e.Row).ToArray();
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("method", rows.Select(r => r.Key)),
            new Int32DataFrameColumn("streams", rows.Select(r => r.Key.StartsWith("3s-", StringComparison.Ordinal) ? 3 : 1)),
            new StringDataFrameColumn("measured by the kit", rows.Select(r => r.First().IsMeasured ? "yes" : "no")),
        };
        var headers = rows[0].Select(e => e.Column).ToArray();
        columns.AddRange(headers.Select(h => new DoubleDataFrameColumn($"{h} (%)", rows.Select(r => r.Single(e => e.Column == h).Paper))));
        columns.Add(new StringDataFrameColumn("note", rows.Select(r => r.First().Note)));
        return new DataFrame(columns);
    }

    /// <summary>The column of Table <paramref name="number"/> the tour measures: its subject split (NTU-60 xsub, NTU-120 xsub).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another number.</exception>
    public static PaperBenchmark Column(int number) => number switch
    {
        2 => PaperBenchmark.Ntu60XSub,
        3 => PaperBenchmark.Ntu120XSub,
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, "expected 2 (NTU 60) or 3 (NTU 120)"),
    };

    /// <summary>Table <paramref name="number"/> restricted to its <see cref="Column"/>: one entry per method.</summary>
    public static PaperTable TableColumn(int number)
    {
        var table = Table(number);
        var column = Column(number);
        return table with { Entries = table.Entries.Where(e => e.Benchmark == column).ToArray() };
    }

    /// <summary>
    /// The experiments of the measured rows' subject-split column on the synthetic stand-in: joint, motion and bone for
    /// AimCLR (Kinect v2) and MS-AimCLR (Kinect v2 + SMPL-X) on <c>synthetic-xsub</c>. Both NTU-60 xsub and NTU-120 xsub
    /// map onto that split, so Tables 2 and 3 share these six, and they are Table 1's (<see cref="PaperTour.Specs"/>).
    /// </summary>
    public static IReadOnlyList<ExperimentSpec> Specs(Budget budget) =>
        TableColumn(2).Specs(budget, useSynthetic: true).Concat(TableColumn(3).Specs(budget, useSynthetic: true)).DistinctBy(s => s.Id).ToArray();

    /// <summary>
    /// Runs the <see cref="Specs"/> (reusing finished ones) and records the 3s fusions in the results store. One row per
    /// experiment: <c>model, benchmark, stream, spec id, top-1 (%)</c> (Kinect classifier), <c>‡ ensemble top-1 (%)</c>,
    /// <c>pretrain s, evaluation s</c>.
    /// </summary>
    public static DataFrame Run(Budget budget)
    {
        var results = RunAll(budget);
        return new DataFrame(
            new StringDataFrameColumn("model", results.Select(r => TourRuns.Model(r.Spec))),
            new StringDataFrameColumn("benchmark", results.Select(r => r.Spec.Benchmark)),
            new StringDataFrameColumn("stream", results.Select(r => r.Spec.Stream.ToString().ToLowerInvariant())),
            new StringDataFrameColumn("spec id", results.Select(r => r.Spec.Id)),
            new DoubleDataFrameColumn("top-1 (%)", results.Select(r => TourRuns.Percent(r.Result.Top1))),
            new DoubleDataFrameColumn("‡ ensemble top-1 (%)", results.Select(r => TourRuns.Percent(r.Result.EnsembleTop1))),
            new DoubleDataFrameColumn("pretrain s", results.Select(r => Math.Round(r.Result.PretrainSeconds, 1))),
            new DoubleDataFrameColumn("evaluation s", results.Select(r => Math.Round(r.Result.EvaluationSeconds, 1))));
    }

    /// <summary>
    /// Ours next to the paper's for every method in the <see cref="Column"/> of Table <paramref name="number"/>
    /// (<see cref="PaperTableView"/> columns): the kit's rows carry ours (synthetic, the budget), other methods' rows
    /// only the paper's number.
    /// </summary>
    public static DataFrame Comparison(Budget budget, int number)
    {
        var table = TableColumn(number);
        return TourRuns.View(table, RunAll(budget));
    }

    /// <summary>
    /// <see cref="Comparison"/> as grouped bars, one pair per method: ours only on the kit's rows, so the other methods
    /// show the paper's bar alone, as context.
    /// </summary>
    public static GenericChart Chart(Budget budget, int number)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var view = Comparison(budget, number);
        return TourRuns.Chart(
            $"{Table(number).Name}, {PaperBenchmarks.Label(Column(number))}: ours (synthetic, {budget.Name} budget) vs paper (NTU, 300 epochs); other methods: paper only",
            view,
            i => (string)view.Columns["row"][i]);
    }

    private static (ExperimentSpec Spec, ExperimentResult Result)[] RunAll(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var results = TourRuns.Run(Specs(budget));
        StreamFusionRecorder.Record(KitEnvironment.RunsRoot, PaperTables.Table2, budget, useSynthetic: true);
        StreamFusionRecorder.Record(KitEnvironment.RunsRoot, PaperTables.Table3, budget, useSynthetic: true);
        return results;
    }
}
