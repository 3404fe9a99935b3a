using MsClr.Kit.Experiments.Statistics;

namespace MsClr.Kit.Tests.Experiments.Statistics;

public class PairedComparisonTests
{
    private static Dictionary<ulong, double> BySeed(params double[] values) =>
        values.Select((v, i) => (Seed: (ulong)(i + 1), Value: v)).ToDictionary(p => p.Seed, p => p.Value);

    [Fact]
    public void Of_AClearlyAboveBOnEverySeed_IsBetter()
    {
        var comparison = PairedComparison.Of(BySeed(0.80, 0.62, 0.71, 0.90), BySeed(0.70, 0.50, 0.60, 0.81));

        Assert.Equal(ComparisonVerdict.Better, comparison.Verdict);
        Assert.Equal("better", comparison.VerdictText);
        Assert.Equal(0.105, comparison.Difference.Mean, 10);
        Assert.True(comparison.Difference.Low > 0);
    }

    [Fact]
    public void PValue_DifferencesOneTwoThree_IsTheHandComputedTwoSidedTTest()
    {
        // Mean 2, sd 1, t = 2 / (1 / √3) = √12 on 2 degrees of freedom, where the t distribution has the closed form
        // P(|T| > t) = 1 − t / √(2 + t²) = 1 − √12 / √14 = 0.074180.
        var comparison = PairedComparison.Of(BySeed(11, 12, 13), BySeed(10, 10, 10));

        Assert.Equal(1 - Math.Sqrt(12.0 / 14.0), comparison.PValue!.Value, 9);
        Assert.Null(PairedComparison.Of(BySeed(1), BySeed(0)).PValue);
        Assert.Equal(0, PairedComparison.Of(BySeed(2, 3), BySeed(1, 2)).PValue);
        Assert.Equal(1, PairedComparison.Of(BySeed(2, 3), BySeed(2, 3)).PValue);
    }

    [Fact]
    public void PValue_BelowFivePercent_ExactlyWhenTheIntervalExcludesZero()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 500; trial++)
        {
            var n = random.Next(2, 8);
            var a = BySeed(Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray());
            var b = BySeed(Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.3).ToArray());

            var comparison = PairedComparison.Of(a, b);

            Assert.Equal(comparison.Verdict != ComparisonVerdict.NotDistinguishable, comparison.PValue < 0.05);
        }
    }

    [Fact]
    public void Of_AClearlyBelowB_IsWorse()
    {
        var comparison = PairedComparison.Of(BySeed(0.40, 0.45, 0.38), BySeed(0.70, 0.72, 0.69));

        Assert.Equal(ComparisonVerdict.Worse, comparison.Verdict);
        Assert.Equal("worse", comparison.VerdictText);
    }

    [Fact]
    public void Of_DifferencesOfBothSigns_AreNotDistinguishable()
    {
        // Differences +0.1, −0.1, +0.05: mean 0.0167, interval about −0.27 … +0.30 contains zero.
        var comparison = PairedComparison.Of(BySeed(0.6, 0.5, 0.55), BySeed(0.5, 0.6, 0.5));

        Assert.Equal(ComparisonVerdict.NotDistinguishable, comparison.Verdict);
        Assert.Equal("not distinguishable at n = 3", comparison.VerdictText);
        Assert.True(comparison.Difference.Low < 0 && comparison.Difference.High > 0);
    }

    [Fact]
    public void Of_OnePairedSeed_IsNotDistinguishableHoweverLargeTheDifference()
    {
        var comparison = PairedComparison.Of(BySeed(0.99), BySeed(0.01));

        Assert.Equal(ComparisonVerdict.NotDistinguishable, comparison.Verdict);
        Assert.Equal("not distinguishable at n = 1", comparison.VerdictText);
    }

    [Fact]
    public void Of_SeedsMeasuredInOneArmOnly_AreLeftOut()
    {
        var a = new Dictionary<ulong, double> { [1] = 0.9, [2] = 0.8, [5] = 0.1 };
        var b = new Dictionary<ulong, double> { [1] = 0.5, [2] = 0.4, [3] = 0.9 };

        var comparison = PairedComparison.Of(a, b);

        Assert.Equal([1UL, 2UL], comparison.Seeds);
        Assert.Equal(0.4, comparison.Difference.Mean, 12);
        // Two identical differences: zero spread, so the interval is the point 0.4 and A is better.
        Assert.Equal(ComparisonVerdict.Better, comparison.Verdict);
    }

    [Fact]
    public void Of_NoCommonSeed_SaysSo()
    {
        var comparison = PairedComparison.Of(BySeed(0.5), new Dictionary<ulong, double> { [9] = 0.5 });

        Assert.Equal(0, comparison.Difference.N);
        Assert.Equal("no paired seeds", comparison.VerdictText);
    }

    [Fact]
    public void Of_PairedIntervalResolvesWhatSeparateIntervalsDoNot()
    {
        // Seed-to-seed spread is large, but A beats B by 2 points on every seed (±0.5).
        var a = BySeed(52, 71, 88, 63, 77);
        var b = BySeed(50, 69.5, 85.5, 61, 75);

        var comparison = PairedComparison.Of(a, b);
        var (sa, sb) = (SeedSummary.Of(a.Values), SeedSummary.Of(b.Values));

        Assert.True(sa.Low < sb.High, "the separate intervals overlap");
        Assert.Equal(ComparisonVerdict.Better, comparison.Verdict);
    }
}
