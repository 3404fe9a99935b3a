namespace MsClr.Kit.Data.Ntu;

/// <summary>The four standard NTU RGB+D evaluation protocols. Splits are computed by <see cref="NtuSplits"/>.</summary>
public enum NtuBenchmark
{
    /// <summary>NTU-60 cross-subject: 20 training performers of 40 (setups 1..17, actions 1..60).</summary>
    Ntu60CrossSubject,

    /// <summary>NTU-60 cross-view: cameras 2 and 3 train, camera 1 tests.</summary>
    Ntu60CrossView,

    /// <summary>NTU-120 cross-subject: 53 training performers of 106 (setups 1..32, actions 1..120).</summary>
    Ntu120CrossSubject,

    /// <summary>NTU-120 cross-setup: even setup ids train, odd ones test.</summary>
    Ntu120CrossSetup,
}
