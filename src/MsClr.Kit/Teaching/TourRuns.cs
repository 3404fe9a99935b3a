using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;
using Plotly.NET;

namespace MsClr.Kit.Teaching;

/// <summary>
/// The pieces the paper tours share: running specs under the kit's roots, the ours-vs-paper view with 3s rows fused from
/// score files, its grouped-bar chart, and percent rounding. One place, so every tour runs and shows experiments alike.
/// </summary>
internal static class TourRuns
{
    /// <summary>Runs (or reuses) <paramref name="specs"/> under the kit's data and runs roots, quietly, in order; duplicates run once.</summary>
    public static (ExperimentSpec Spec, ExperimentResult Result)[] Run(IEnumerable<ExperimentSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        KitEnvironment.ConfigureThreads();
        var runner = new ExperimentRunner(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
        return specs.DistinctBy(s => s.Id).Select(s => (s, runner.Run(s))).ToArray();
    }

    /// <summary>
    /// <see cref="PaperTableView.Build(PaperTable, IEnumerable{ValueTuple{ExperimentSpec, ExperimentResult}}, Func{PaperMeasurement, IReadOnlyList{ExperimentResult}, double?})"/>
    /// of <paramref name="table"/>, fusing 3s rows from the score files under <paramref name="runsRoot"/>.
    /// </summary>
    public static DataFrame View(PaperTable table, IEnumerable<(ExperimentSpec Spec, ExperimentResult? Result)> results, string runsRoot) =>
        PaperTableView.Build(table, results, (measurement, found) => ScoreFileFusion.Top1(runsRoot, measurement, found.Select(r => r.SpecId).ToArray()));

    /// <summary>The view of <paramref name="table"/> from finished <paramref name="results"/> under the kit's runs root.</summary>
    public static DataFrame View(PaperTable table, IEnumerable<(ExperimentSpec Spec, ExperimentResult Result)> results) =>
        View(table, results.Select(r => (r.Spec, (ExperimentResult?)r.Result)), KitEnvironment.RunsRoot);

    /// <summary>
    /// Grouped bars, ours against the paper's, one pair per line of a <see cref="PaperTableView"/> frame, labelled by
    /// <paramref name="label"/> (row index → distinct label).
    /// </summary>
    public static GenericChart Chart(string title, DataFrame view, Func<int, string> label)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(label);
        return PaperComparisonChart.Build(title, PaperTableView.Lines(view).Select((line, i) => new PaperComparisonRow(label(i), line.Ours, line.Paper)));
    }

    /// <summary>A fraction as a percentage rounded to 2 decimals; null stays null.</summary>
    public static double? Percent(double? fraction) => fraction is { } f ? Math.Round(100 * f, 2) : null;

    /// <summary>AimCLR for a single training format, MS-AimCLR for several.</summary>
    public static string Model(ExperimentSpec spec) => spec.TrainingFormats.Count > 1 ? "MS-AimCLR" : "AimCLR";
}
