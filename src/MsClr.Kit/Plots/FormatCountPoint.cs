namespace MsClr.Kit.Plots;

/// <summary>One measurement for <see cref="FormatCountChart"/>: a series' top-1 accuracy after pretraining on a set of formats.</summary>
/// <param name="Series">Line the point belongs to, e.g. <c>ours</c> or <c>paper</c>.</param>
/// <param name="FormatSet">Label of the set of training formats, e.g. <c>K + SMPL-X</c>; one x position per label.</param>
/// <param name="FormatCount">Number of formats in the set; the x axis is sorted by it.</param>
/// <param name="Top1">Top-1 accuracy in percent, or <c>null</c> when not measured.</param>
public sealed record FormatCountPoint(string Series, string FormatSet, int FormatCount, double? Top1);
