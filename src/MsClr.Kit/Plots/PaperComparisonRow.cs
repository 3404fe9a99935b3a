namespace MsClr.Kit.Plots;

/// <summary>One row of a paper table drawn by <see cref="PaperComparisonChart"/>.</summary>
/// <param name="Label">Row label on the x axis, e.g. <c>MS-AimCLR j, xsub</c>; labels must be distinct.</param>
/// <param name="Ours">Our top-1 accuracy in percent, or <c>null</c> when not measured yet.</param>
/// <param name="Paper">The paper's top-1 accuracy in percent, or <c>null</c> when the paper reports none.</param>
public sealed record PaperComparisonRow(string Label, double? Ours, double? Paper)
{
    /// <summary>Ours minus paper in percentage points, when both are known.</summary>
    public double? Difference => Ours is { } ours && Paper is { } paper ? ours - paper : null;
}
