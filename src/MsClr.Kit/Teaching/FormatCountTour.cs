using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Plots;
using MsClr.Kit.Skeletons;
using Plotly.NET;

namespace MsClr.Kit.Teaching;

/// <summary>
/// Figure 4 of the paper (accuracy of the Kinect v2 classifier against the set of pretraining formats) in one call per
/// step: the six format sets, their experiments on the synthetic stand-in at a budget, and the figure. The paper prints
/// no numbers for it, so there is no paper series, only its reading.
/// </summary>
public static class FormatCountTour
{
    /// <summary>The series of the sets that add one format at a time: {K}, {K, SMPL-X}, {K, SMPL-X, MHAD}, {K, SMPL-X, MHAD, SMPL}.</summary>
    public const string CurveSeries = "adding formats";

    /// <summary>The series of the two other pairs: {K, MHAD} and {K, SMPL}.</summary>
    public const string OtherPairsSeries = "other pairs";

    /// <summary>
    /// The format sets of Figure 4: <c>set</c>, <c>formats</c> (kit names), <c>count</c>, <c>series</c>
    /// (<see cref="CurveSeries"/> or <see cref="OtherPairsSeries"/>) and <c>paper's reading</c> (what the text says of it).
    /// </summary>
    public static DataFrame Sets()
    {
        var entries = PaperTables.Figure4.Entries;
        return new DataFrame(
            new StringDataFrameColumn("set", entries.Select(e => e.Row)),
            new StringDataFrameColumn("formats", entries.Select(e => string.Join(", ", e.Measurement!.TrainingFormats))),
            new Int32DataFrameColumn("count", entries.Select(e => e.Measurement!.TrainingFormats.Count)),
            new StringDataFrameColumn("series", entries.Select(e => Series(e.Measurement!))),
            new StringDataFrameColumn("paper's reading", entries.Select(e => e.Note ?? "")));
    }

    /// <summary>
    /// One experiment per set: AimCLR pretrained on the set's formats (joint stream, <c>synthetic-xsub</c>), linear-evaluated
    /// with a classifier per format; the figure reads the Kinect v2 one. {K} and {K, SMPL-X} are Table 1's joint pair.
    /// </summary>
    public static IReadOnlyList<ExperimentSpec> Specs(Budget budget) => PaperTables.Figure4.Specs(budget, useSynthetic: true);

    /// <summary>
    /// Runs the <see cref="Specs"/> (reusing finished ones), one row per set: <c>set, count, spec id,
    /// Kinect top-1 (%)</c>, <c>‡ ensemble top-1 (%)</c> (all the set's classifiers), <c>pretrain s, evaluation s</c>.
    /// </summary>
    public static DataFrame Run(Budget budget)
    {
        var results = RunAll(budget);
        return new DataFrame(
            new StringDataFrameColumn("set", results.Select(r => r.Entry.Row)),
            new Int32DataFrameColumn("count", results.Select(r => r.Spec.TrainingFormats.Count)),
            new StringDataFrameColumn("spec id", results.Select(r => r.Spec.Id)),
            new DoubleDataFrameColumn("Kinect top-1 (%)", results.Select(r => TourRuns.Percent(r.Result.Top1))),
            new DoubleDataFrameColumn("‡ ensemble top-1 (%)", results.Select(r => TourRuns.Percent(r.Result.EnsembleTop1))),
            new DoubleDataFrameColumn("pretrain s", results.Select(r => Math.Round(r.Result.PretrainSeconds, 1))),
            new DoubleDataFrameColumn("evaluation s", results.Select(r => Math.Round(r.Result.EvaluationSeconds, 1))));
    }

    /// <summary>Figure 4 from our runs (<see cref="FormatCountChart"/>): the Kinect v2 classifier's top-1 per set, one line per series.</summary>
    public static GenericChart Chart(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var points = RunAll(budget).Select(r => Point(r.Entry, r.Result.Top1));
        return FormatCountChart.Build(points, $"Figure 4: Kinect v2 top-1 vs pretraining formats (ours, synthetic, {budget.Name} budget; the paper prints no numbers)");
    }

    /// <summary>The chart point of a Figure 4 entry measured at <paramref name="top1"/> (a fraction, or null).</summary>
    internal static FormatCountPoint Point(PaperEntry entry, double? top1) =>
        new(Series(entry.Measurement!), entry.Row, entry.Measurement!.TrainingFormats.Count, TourRuns.Percent(top1));

    // The curve adds SMPL-X second; the other pairs put another format next to Kinect instead.
    private static string Series(PaperMeasurement measurement) =>
        measurement.TrainingFormats.Count == 1 || measurement.TrainingFormats[1] == SkeletonFormats.SmplX42.Name ? CurveSeries : OtherPairsSeries;

    private static (PaperEntry Entry, ExperimentSpec Spec, ExperimentResult Result)[] RunAll(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var entries = PaperTables.Figure4.Entries;
        var results = TourRuns.Run(Specs(budget)).ToDictionary(r => r.Spec.Id);
        return entries.Select(e => e.Specs(budget, useSynthetic: true)[0]).Select((s, i) => (entries[i], s, results[s.Id].Result)).ToArray();
    }
}
