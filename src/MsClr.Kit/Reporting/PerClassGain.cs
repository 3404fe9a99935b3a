using MsClr.Kit.Data.Synthetic;

namespace MsClr.Kit.Reporting;

/// <summary>One class of <see cref="PerClassGains"/>, accuracies in percent.</summary>
/// <param name="Action">The class.</param>
/// <param name="Clips">Its test clips.</param>
/// <param name="Baseline">The baseline's top-1 on them (%).</param>
/// <param name="Ours">Our top-1 on them (%).</param>
public sealed record PerClassGain(SyntheticAction Action, long Clips, double Baseline, double Ours)
{
    /// <summary>Ours − baseline, in percentage points.</summary>
    public double Gain => Ours - Baseline;
}
