using MsClr.Kit.Data;
using MsClr.Kit.Data.Synthetic;

namespace MsClr.Kit.Experiments;

/// <summary>A nuisance attribute of a clip that an <see cref="AttributeProbeEvaluation"/> names instead of the action.</summary>
public enum ProbedAttribute
{
    /// <summary>Who performs the clip: the <c>subject</c> metadata of the NTU and the synthetic stores alike.</summary>
    Subject,

    /// <summary>Which camera sees it: the synthetic store's <c>view</c> (its camera yaw), NTU's <c>camera</c> (1–3).</summary>
    View,
}

/// <summary>Names, store metadata and result files of each <see cref="ProbedAttribute"/>.</summary>
public static class ProbedAttributes
{
    /// <summary>The attribute's name: <c>subject</c> or <c>view</c>; also its protocol's command-line name.</summary>
    public static string Name(this ProbedAttribute attribute) => attribute switch
    {
        ProbedAttribute.Subject => "subject",
        ProbedAttribute.View => "view",
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "unknown attribute"),
    };

    /// <summary>The metadata column that holds the attribute in <paramref name="benchmark"/>'s store.</summary>
    public static string MetadataKey(this ProbedAttribute attribute, Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return attribute switch
        {
            ProbedAttribute.Subject => SyntheticDataset.SubjectKey,
            ProbedAttribute.View => benchmark.IsSynthetic ? SyntheticDataset.ViewKey : "camera",
            _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "unknown attribute"),
        };
    }

    /// <summary>The file in the run folder that holds the probe's protocol and result: <c>subject.json</c>, <c>view.json</c>.</summary>
    public static string FileName(this ProbedAttribute attribute) => $"{attribute.Name()}.json";

    /// <summary>The results-store metric of the primary format's top-1: <c>subject:top1</c>, <c>view:top1</c>.</summary>
    public static string Metric(this ProbedAttribute attribute) => $"{attribute.Name()}:{Results.ResultMetrics.Top1}";
}
