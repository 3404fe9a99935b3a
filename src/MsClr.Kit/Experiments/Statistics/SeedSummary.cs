using System.Globalization;

namespace MsClr.Kit.Experiments.Statistics;

/// <summary>
/// One measurement over several seeds: the mean and a two-sided confidence interval from Student's t with n − 1
/// degrees of freedom (mean ± t(1 − α/2, n − 1) · s / √n, s the sample standard deviation). Values keep the caller's
/// unit (fractions or percent); with one seed there is no interval.
/// </summary>
/// <param name="N">Number of seeds (values).</param>
/// <param name="Mean">Mean of the values (NaN when <paramref name="N"/> is 0).</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1 in the denominator), null below two values.</param>
/// <param name="HalfWidth">Half the interval's width, null below two values.</param>
/// <param name="Confidence">The interval's confidence level, e.g. 0.95.</param>
public sealed record SeedSummary(int N, double Mean, double? StandardDeviation, double? HalfWidth, double Confidence)
{
    /// <summary>The confidence level the kit reports.</summary>
    public const double DefaultConfidence = 0.95;

    /// <summary>Lower end of the interval, null below two values.</summary>
    public double? Low => HalfWidth is { } h ? Mean - h : null;

    /// <summary>Upper end of the interval, null below two values.</summary>
    public double? High => HalfWidth is { } h ? Mean + h : null;

    /// <summary>Whether there is an interval (two or more values).</summary>
    public bool HasInterval => HalfWidth is not null;

    /// <summary>Summarises <paramref name="values"/> (one per seed).</summary>
    /// <param name="values">The measurements, any unit.</param>
    /// <param name="confidence">Confidence level in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">Confidence outside (0, 1), or a value that is not finite.</exception>
    public static SeedSummary Of(IEnumerable<double> values, double confidence = DefaultConfidence)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "expected a confidence level in (0, 1), e.g. 0.95");
        }

        var x = values.ToArray();
        if (x.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentOutOfRangeException(nameof(values), $"expected finite values, got {string.Join(", ", x.Select(v => v.ToString(CultureInfo.InvariantCulture)))}");
        }

        if (x.Length == 0)
        {
            return new SeedSummary(0, double.NaN, null, null, confidence);
        }

        var mean = x.Average();
        if (x.Length == 1)
        {
            return new SeedSummary(1, mean, null, null, confidence);
        }

        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
        var t = StudentT.Quantile(1 - (1 - confidence) / 2, x.Length - 1);
        return new SeedSummary(x.Length, mean, sd, t * sd / Math.Sqrt(x.Length), confidence);
    }

    /// <summary>
    /// The summary as a reader sees it: <c>71.5 ± 13.4 (n = 10)</c>, or <c>88.6 (n = 1, no interval)</c>, or <c>—</c>
    /// without values. Numbers keep their unit; <paramref name="decimals"/> digits, invariant culture.
    /// </summary>
    public string Format(int decimals = 1)
    {
        var f = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        return N switch
        {
            0 => "—",
            1 => $"{Mean.ToString(f, CultureInfo.InvariantCulture)} (n = 1, no interval)",
            _ => $"{Mean.ToString(f, CultureInfo.InvariantCulture)} ± {HalfWidth!.Value.ToString(f, CultureInfo.InvariantCulture)} (n = {N})",
        };
    }

    /// <summary>This summary with every value multiplied by <paramref name="factor"/> (e.g. 100 for fractions → percent).</summary>
    public SeedSummary Scale(double factor) =>
        this with { Mean = Mean * factor, StandardDeviation = StandardDeviation * Math.Abs(factor), HalfWidth = HalfWidth * Math.Abs(factor) };
}
