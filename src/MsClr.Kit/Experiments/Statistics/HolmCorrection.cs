namespace MsClr.Kit.Experiments.Statistics;

/// <summary>
/// Holm's step-down correction for a family of tests read together (a study's arms, each against one base): the
/// smallest p-value must fall below α / m, the next below α / (m − 1), and so on, stopping at the first that does not.
/// It keeps the chance of even one false "better" or "worse" in the family at α, where reading every test at α alone
/// expects about α · m of them (one in twenty tests at 0.05).
/// </summary>
public static class HolmCorrection
{
    /// <summary>Which tests of the family are significant at family-wise level <paramref name="alpha"/>, in the order given.</summary>
    /// <param name="pValues">One p-value per test; null for a test that could not be made (it counts in the family size m
    /// and is never significant, so leaving a test out can only make the correction less strict, never more).</param>
    /// <param name="alpha">Family-wise error rate in (0, 1), e.g. 0.05.</param>
    /// <exception cref="ArgumentOutOfRangeException">A p-value outside [0, 1] or α outside (0, 1).</exception>
    public static bool[] Significant(IReadOnlyList<double?> pValues, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "expected a family-wise level in (0, 1), e.g. 0.05");
        }

        if (pValues.FirstOrDefault(p => p is < 0 or > 1 || p is { } v && double.IsNaN(v)) is { } bad)
        {
            throw new ArgumentOutOfRangeException(nameof(pValues), bad, "expected p-values in [0, 1]");
        }

        var significant = new bool[pValues.Count];
        var order = Enumerable.Range(0, pValues.Count).Where(i => pValues[i] is not null).OrderBy(i => pValues[i]!.Value).ToArray();
        for (var rank = 0; rank < order.Length; rank++)
        {
            if (pValues[order[rank]]!.Value > alpha / (pValues.Count - rank))
            {
                break;
            }

            significant[order[rank]] = true;
        }

        return significant;
    }
}
