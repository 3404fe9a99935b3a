namespace MsClr.Kit.Data.Preparation;

/// <summary>The two NTU RGB+D releases, each a benchmark family of two protocols (see <see cref="NtuDatasets"/>).</summary>
public enum NtuDataset
{
    /// <summary>NTU RGB+D 60: actions 1..60 recorded in setups 1..17; store name <c>ntu60</c>.</summary>
    Ntu60,

    /// <summary>NTU RGB+D 120: every action 1..120 and setup 1..32; store name <c>ntu120</c>.</summary>
    Ntu120,
}
