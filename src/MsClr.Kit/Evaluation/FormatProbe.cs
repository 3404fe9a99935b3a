namespace MsClr.Kit.Evaluation;

/// <summary>The linear probe of one format: its classifier's result on that format's test clips.</summary>
/// <param name="Format">Format name.</param>
/// <param name="Result">Metrics, training curve and test scores.</param>
public sealed record FormatProbe(string Format, LinearProbeResult Result);
