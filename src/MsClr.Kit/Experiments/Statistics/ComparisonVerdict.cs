namespace MsClr.Kit.Experiments.Statistics;

/// <summary>What a paired comparison over seeds says about A − B.</summary>
public enum ComparisonVerdict
{
    /// <summary>The whole interval of A − B lies above zero: A is better.</summary>
    Better,

    /// <summary>The whole interval of A − B lies below zero: A is worse.</summary>
    Worse,

    /// <summary>The interval contains zero, or there is no interval (fewer than two paired seeds).</summary>
    NotDistinguishable,
}
