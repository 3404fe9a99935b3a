using MsClr.Kit.Experiments.Statistics;

namespace MsClr.Kit.Tests.Experiments.Statistics;

public class SeedSummaryTests
{
    [Fact]
    public void Of_OneToFour_MatchesTheHandComputedInterval()
    {
        // mean 2.5; s = sqrt(((1.5² + 0.5²) · 2) / 3) = sqrt(5/3) = 1.29099; t(0.975, 3) = 3.18245;
        // half-width = 3.18245 · 1.29099 / 2 = 2.05426; interval 0.44574 … 4.55426.
        var summary = SeedSummary.Of([1, 2, 3, 4]);

        Assert.Equal(4, summary.N);
        Assert.Equal(2.5, summary.Mean, 12);
        Assert.Equal(1.29099, summary.StandardDeviation!.Value, 5);
        Assert.Equal(2.05426, summary.HalfWidth!.Value, 5);
        Assert.Equal(0.44574, summary.Low!.Value, 5);
        Assert.Equal(4.55426, summary.High!.Value, 5);
        Assert.Equal("2.5 ± 2.1 (n = 4)", summary.Format());
    }

    [Fact]
    public void Of_TheIssuesSevenSeeds_GiveTheirMeanAndSpread()
    {
        // Issue 13: AimCLR (j), quick budget, seeds 1–7: mean 71.5, sd 16.2.
        var summary = SeedSummary.Of([88.6, 77.6, 72.2, 64.1, 39.6, 73.9, 84.5]);

        Assert.Equal(71.5, summary.Mean, 1);
        Assert.Equal(16.2, summary.StandardDeviation!.Value, 1);
        // t(0.975, 6) = 2.44691: 2.44691 · 16.2163 / sqrt(7) = 14.998.
        Assert.Equal(15.0, summary.HalfWidth!.Value, 1);
    }

    [Fact]
    public void Of_OneSeed_HasTheValueAndNoInterval()
    {
        var summary = SeedSummary.Of([0.886]);

        Assert.Equal(1, summary.N);
        Assert.Equal(0.886, summary.Mean);
        Assert.False(summary.HasInterval);
        Assert.Null(summary.Low);
        Assert.Equal("88.6 (n = 1, no interval)", summary.Scale(100).Format());
    }

    [Fact]
    public void Of_NoValues_FormatsAsADash()
    {
        var summary = SeedSummary.Of([]);

        Assert.Equal(0, summary.N);
        Assert.Equal("—", summary.Format());
    }

    [Fact]
    public void Scale_ByAHundred_ScalesMeanSpreadAndHalfWidth()
    {
        var fraction = SeedSummary.Of([0.01, 0.02, 0.03, 0.04]);

        var percent = fraction.Scale(100);

        Assert.Equal(2.5, percent.Mean, 10);
        Assert.Equal(2.05426, percent.HalfWidth!.Value, 5);
        Assert.Equal(1.29099, percent.StandardDeviation!.Value, 5);
    }

    [Fact]
    public void Of_ANonFiniteValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedSummary.Of([1, double.NaN]));
    }
}
