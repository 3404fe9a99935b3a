namespace MsClr.Kit.Evaluation;

/// <summary>Linear evaluation of one frozen encoder: a probe per evaluation format and, with several, their ensemble.</summary>
/// <param name="Probes">One probe per format, in the order asked for; the first is the primary format (NTU's Kinect in the paper).</param>
/// <param name="Ensemble">The skeleton-specific ensemble over all probes (null with a single format).</param>
/// <param name="TestLabels">Test labels, in test order.</param>
/// <param name="TestSampleIds">Test sample ids, in test order.</param>
public sealed record LinearEvaluationReport(
    IReadOnlyList<FormatProbe> Probes,
    ClassificationMetrics? Ensemble,
    IReadOnlyList<long> TestLabels,
    IReadOnlyList<string> TestSampleIds)
{
    /// <summary>The primary format's final top-1 (the single-classifier number the paper reports).</summary>
    public double PrimaryTop1 => Probes[0].Result.Final.Top1;
}

/// <summary>The linear probe of one format: its classifier's result on that format's test clips.</summary>
/// <param name="Format">Format name.</param>
/// <param name="Result">Metrics, training curve and test scores.</param>
public sealed record FormatProbe(string Format, LinearProbeResult Result);
