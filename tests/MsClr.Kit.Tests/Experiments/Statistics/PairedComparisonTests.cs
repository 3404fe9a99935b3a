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
