namespace MsClr.Kit.Experiments.Statistics;

/// <summary>
/// A − B over the seeds both were measured with: the per-seed differences summarised as a <see cref="SeedSummary"/>
/// (paired t interval) and a plain verdict. Pairing removes what a seed shares between the two arms (the data order,
/// the initial weights), so it resolves differences that two separate intervals would not.
/// </summary>
/// <param name="Difference">The per-seed differences A − B, summarised (the caller's unit).</param>
/// <param name="Seeds">The paired seeds, ascending.</param>
public sealed record PairedComparison(SeedSummary Difference, IReadOnlyList<ulong> Seeds)
{
    /// <summary>Pairs <paramref name="a"/> and <paramref name="b"/> by seed (seeds measured in only one arm are left out)
    /// and summarises A − B.</summary>
    /// <param name="a">Arm A's value per seed.</param>
    /// <param name="b">Arm B's value per seed.</param>
    /// <param name="confidence">Confidence level of the interval.</param>
    public static PairedComparison Of(IReadOnlyDictionary<ulong, double> a, IReadOnlyDictionary<ulong, double> b, double confidence = SeedSummary.DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var seeds = a.Keys.Where(b.ContainsKey).Order().ToArray();
        return new PairedComparison(SeedSummary.Of(seeds.Select(s => a[s] - b[s]), confidence), seeds);
    }

    /// <summary>The two-sided p-value of the paired t test of A − B = 0 (the test whose 95 % interval
    /// <see cref="Verdict"/> reads: p &lt; 0.05 exactly when that interval excludes zero); null below two paired seeds,
    /// 0 when every seed differs by the same non-zero amount, 1 when every difference is zero.</summary>
    public double? PValue => Difference switch
    {
        { N: < 2 } => null,
        { StandardDeviation: 0 } d => d.Mean == 0 ? 1 : 0,
        var d => 2 * (1 - StudentT.Cdf(Math.Abs(d.Mean) / (d.StandardDeviation!.Value / Math.Sqrt(d.N)), d.N - 1)),
    };

    /// <summary>Better when the interval of A − B lies entirely above zero, worse when entirely below, otherwise (and
    /// always below two paired seeds) not distinguishable.</summary>
    public ComparisonVerdict Verdict => Difference switch
    {
        { Low: > 0 } => ComparisonVerdict.Better,
        { High: < 0 } => ComparisonVerdict.Worse,
        _ => ComparisonVerdict.NotDistinguishable,
    };

    /// <summary>The verdict in words: <c>better</c>, <c>worse</c>, <c>not distinguishable at n = 3</c>, or
    /// <c>no paired seeds</c>.</summary>
    public string VerdictText => Difference.N == 0
        ? "no paired seeds"
        : Verdict switch
        {
            ComparisonVerdict.Better => "better",
            ComparisonVerdict.Worse => "worse",
            _ => $"not distinguishable at n = {Difference.N}",
        };
}

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
