using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Plots;

/// <summary>One measurement for <see cref="FormatCountChart"/>: a series' top-1 accuracy after pretraining on a set of formats.</summary>
/// <param name="Series">Line the point belongs to, e.g. <c>ours</c> or <c>paper</c>.</param>
/// <param name="FormatSet">Label of the set of training formats, e.g. <c>K + SMPL-X</c>; one x position per label.</param>
/// <param name="FormatCount">Number of formats in the set; the x axis is sorted by it.</param>
/// <param name="Top1">Top-1 accuracy in percent, or <c>null</c> when not measured.</param>
public sealed record FormatCountPoint(string Series, string FormatSet, int FormatCount, double? Top1)
{
    /// <summary>The series of Figure 4's sets that add one format at a time: {K}, {K, SMPL-X}, {K, SMPL-X, MHAD}, {K, SMPL-X, MHAD, SMPL}.</summary>
    public const string CurveSeries = "adding formats";

    /// <summary>The series of Figure 4's two other pairs: {K, MHAD} and {K, SMPL}.</summary>
    public const string OtherPairsSeries = "other pairs";

    /// <summary>The point of a Figure 4 entry measured at <paramref name="top1"/> (percent, or null): its set label, its
    /// number of training formats and its series (the curve adds SMPL-X second; the other pairs put another format next to Kinect).</summary>
    /// <exception cref="ArgumentException">The entry has no measurement.</exception>
    public static FormatCountPoint Of(PaperEntry entry, double? top1)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var formats = entry.Measurement?.TrainingFormats ?? throw new ArgumentException($"{entry.Table} {entry.Row}: not a measured entry", nameof(entry));
        var series = formats.Count == 1 || formats[1] == SkeletonFormats.SmplX42.Name ? CurveSeries : OtherPairsSeries;
        return new FormatCountPoint(series, entry.Row, formats.Count, top1);
    }
}
