namespace MsClr.Kit.Experiments;

/// <summary>Names of <see cref="EvaluationProtocol"/> values on the command line: <c>linear</c>, <c>knn</c>, <c>semi-1</c>, <c>semi-10</c>, <c>finetune</c>, <c>subject</c>, <c>view</c>, <c>linear-calibrated</c>.</summary>
public static class EvaluationProtocols
{
    /// <summary>The command-line name.</summary>
    public static string Name(this EvaluationProtocol protocol) => protocol switch
    {
        EvaluationProtocol.Linear => "linear",
        EvaluationProtocol.Knn => "knn",
        EvaluationProtocol.Semi1 => "semi-1",
        EvaluationProtocol.Semi10 => "semi-10",
        EvaluationProtocol.FineTune => "finetune",
        EvaluationProtocol.Subject => ProbedAttribute.Subject.Name(),
        EvaluationProtocol.View => ProbedAttribute.View.Name(),
        EvaluationProtocol.LinearCalibrated => "linear-calibrated",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "unknown protocol"),
    };

    /// <summary>The labelled percentage of a protocol that fine-tunes the encoder end to end (<see cref="FineTuningEvaluation"/>):
    /// 1, 10, or 100 for full fine-tuning; null for the protocols on a frozen encoder.</summary>
    public static int? LabelPercent(this EvaluationProtocol protocol) => protocol switch
    {
        EvaluationProtocol.Semi1 => 1,
        EvaluationProtocol.Semi10 => 10,
        EvaluationProtocol.FineTune => 100,
        _ => null,
    };

    /// <summary>The nuisance attribute a probe protocol names (<see cref="AttributeProbeEvaluation"/>); null for the action protocols.</summary>
    public static ProbedAttribute? Attribute(this EvaluationProtocol protocol) => protocol switch
    {
        EvaluationProtocol.Subject => ProbedAttribute.Subject,
        EvaluationProtocol.View => ProbedAttribute.View,
        _ => null,
    };

    /// <summary>The protocol called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Not a protocol name.</exception>
    public static EvaluationProtocol Parse(string name) =>
        Enum.GetValues<EvaluationProtocol>().Where(p => string.Equals(p.Name(), name, StringComparison.OrdinalIgnoreCase)).Cast<EvaluationProtocol?>().FirstOrDefault()
        ?? throw new ArgumentException($"protocol '{name}': expected one of {string.Join(", ", Enum.GetValues<EvaluationProtocol>().Select(p => p.Name()))}", nameof(name));
}
