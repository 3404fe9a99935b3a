using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using Plotly.NET;

namespace MsClr.Kit.Teaching;

/// <summary>
/// Table 4 of the paper (component analysis, joint stream) in one call per step: its four rows as printed, their
/// experiments on the synthetic cross-subject stand-in at a budget (single format; multi-skeleton without augmentations;
/// multi-skeleton; multi-skeleton with the per-format ensemble), and ours next to the paper's NTU-60 xsub number under
/// both readings of its header (printed "xsub, xview"; values in Table 1's "xview, xsub" order).
/// </summary>
public static class ComponentsTour
{
    /// <summary>The four component rows as printed: <c>row</c>, <c>augmentations</c>, <c>multi-skeleton</c>,
    /// <c>ensemble</c> (✓/✗), <c>first column (%)</c>, <c>second column (%)</c>.</summary>
    public static DataFrame Printed()
    {
        var rows = PaperTables.Table4.Entries.GroupBy(e => e.Row).ToArray();
        static string Tick(bool on) => on ? "✓" : "✗";
        double? Cell(IGrouping<string, PaperEntry> row, string marker) => row.First(e => e.Source.Contains(marker, StringComparison.Ordinal)).Paper;
        return new DataFrame(
            new StringDataFrameColumn("row", rows.Select(r => Short(r.First().Measurement!))),
            new StringDataFrameColumn("augmentations", rows.Select(r => Tick(r.First().Measurement!.Augmentations))),
            new StringDataFrameColumn("multi-skeleton", rows.Select(r => Tick(r.First().Measurement!.TrainingFormats.Count > 1))),
            new StringDataFrameColumn("ensemble", rows.Select(r => Tick(r.First().Measurement!.Ensemble))),
            new DoubleDataFrameColumn("first column (%)", rows.Select(r => Cell(r, "first column"))),
            new DoubleDataFrameColumn("second column (%)", rows.Select(r => Cell(r, "second column"))));
    }

    /// <summary>The split the tour measures, NTU-60 xsub (as Table 1's tour): both readings name an xsub cell per row.</summary>
    public const PaperBenchmark Column = PaperBenchmark.Ntu60XSub;

    /// <summary>
    /// Table 4's cells that read as NTU-60 xsub: per row, the first column under the printed header and the second under
    /// Table 1's order, so ours (one number per row) stands next to the paper's under both readings.
    /// </summary>
    public static PaperTable Table4Column { get; } =
        PaperTables.Table4 with { Entries = PaperTables.Table4.Entries.Where(e => e.Benchmark == Column).ToArray() };

    /// <summary>
    /// The experiments of <see cref="Table4Column"/> on <c>synthetic-xsub</c>: AimCLR on Kinect v2, MS-AimCLR without
    /// augmentations and MS-AimCLR, joint stream (3; the ensemble row reads MS-AimCLR's ensemble, and all but the
    /// unaugmented one are Table 1's).
    /// </summary>
    public static IReadOnlyList<ExperimentSpec> Specs(Budget budget) => Table4Column.Specs(budget, useSynthetic: true);

    /// <summary>
    /// Runs the <see cref="Specs"/> (reusing finished ones), one row each: <c>component, benchmark, spec id, top-1 (%)</c>
    /// (Kinect classifier), <c>‡ ensemble top-1 (%)</c>, <c>pretrain s, evaluation s</c>.
    /// </summary>
    public static DataFrame Run(Budget budget)
    {
        var results = RunAll(budget);
        return new DataFrame(
            new StringDataFrameColumn("component", results.Select(r => Short(r.Spec))),
            new StringDataFrameColumn("benchmark", results.Select(r => r.Spec.Benchmark)),
            new StringDataFrameColumn("spec id", results.Select(r => r.Spec.Id)),
            new DoubleDataFrameColumn("top-1 (%)", results.Select(r => TourRuns.Percent(r.Result.Top1))),
            new DoubleDataFrameColumn("‡ ensemble top-1 (%)", results.Select(r => TourRuns.Percent(r.Result.EnsembleTop1))),
            new DoubleDataFrameColumn("pretrain s", results.Select(r => Math.Round(r.Result.PretrainSeconds, 1))),
            new DoubleDataFrameColumn("evaluation s", results.Select(r => Math.Round(r.Result.EvaluationSeconds, 1))));
    }

    /// <summary>
    /// Ours next to the paper's for the xsub cells of Table 4 under both header readings (<see cref="PaperTableView"/>
    /// columns; <c>column</c> names the reading): 4 rows × 2 readings, ours from <c>synthetic-xsub</c>.
    /// </summary>
    public static DataFrame Comparison(Budget budget) => TourRuns.View(Table4Column, RunAll(budget));

    /// <summary><see cref="Comparison"/> as grouped bars, one pair per (component, reading).</summary>
    public static GenericChart Chart(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var view = Comparison(budget);
        var labels = Table4Column.Entries.ToDictionary(e => (e.Row, e.Column), e => Label(e));
        return TourRuns.Chart(
            $"Table 4, NTU-60 xsub: ours (synthetic, {budget.Name} budget) vs paper (NTU-60, 300 epochs) under both header readings",
            view,
            i => labels[((string)view.Columns["row"][i], (string)view.Columns["column"][i])]);
    }

    /// <summary>A bar label: the component and the reading, e.g. <c>multi-skeleton, no aug. · printed header</c>.</summary>
    internal static string Label(PaperEntry entry) =>
        $"{Short(entry.Measurement!)} · {entry.Column.Replace("NTU-60 xsub ", "", StringComparison.Ordinal).Trim('(', ')')}";

    /// <summary>A short name for a Table 4 component row.</summary>
    internal static string Short(PaperMeasurement measurement) => (measurement.TrainingFormats.Count > 1, measurement.Augmentations, measurement.Ensemble) switch
    {
        (false, _, _) => "single format",
        (true, false, _) => "multi-skeleton, no aug.",
        (true, true, false) => "multi-skeleton",
        (true, true, true) => "multi-skeleton + ensemble ‡",
    };

    private static string Short(ExperimentSpec spec) => spec.TrainingFormats.Count == 1 ? "single format" : spec.Augmentations ? "multi-skeleton" : "multi-skeleton, no aug.";

    private static (ExperimentSpec Spec, ExperimentResult Result)[] RunAll(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return TourRuns.Run(Specs(budget));
    }
}
