using MsClr.Kit.Experiments.Statistics;

namespace MsClr.Kit.Tests.Experiments.Statistics;

public class StudentTTests
{
    // Two-sided 95 % critical values t(0.975, df), as tabulated (e.g. NIST/SEMATECH e-Handbook, Table 1.4.7.2).
    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(2, 4.303)]
    [InlineData(3, 3.182)]
    [InlineData(4, 2.776)]
    [InlineData(5, 2.571)]
    [InlineData(9, 2.262)]
    [InlineData(10, 2.228)]
    [InlineData(30, 2.042)]
    [InlineData(100, 1.984)]
    public void Quantile_0975_MatchesTheTable(int df, double tabulated)
    {
        Assert.Equal(tabulated, StudentT.Quantile(0.975, df), 3);
    }

    [Theory]
    [InlineData(0.95, 1, 6.314)]
    [InlineData(0.95, 5, 2.015)]
    [InlineData(0.995, 3, 5.841)]
    [InlineData(0.995, 20, 2.845)]
    public void Quantile_OtherLevels_MatchTheTable(double p, int df, double tabulated)
    {
        Assert.Equal(tabulated, StudentT.Quantile(p, df), 3);
    }

    [Fact]
    public void Quantile_ClosedForms_AgreeToTwelveDigits()
    {
        // df = 1 is the Cauchy distribution; df = 2 has t = (2p − 1) √(2 / (1 − (2p − 1)²)).
        foreach (var p in new[] { 0.6, 0.9, 0.975, 0.999 })
        {
            Assert.Equal(Math.Tan(Math.PI * (p - 0.5)), StudentT.Quantile(p, 1), 9);
            var u = 2 * p - 1;
            Assert.Equal(u * Math.Sqrt(2 / (1 - u * u)), StudentT.Quantile(p, 2), 9);
        }
    }

    [Fact]
    public void Quantile_LowerTail_IsTheNegatedUpperTailAndTheMedianIsZero()
    {
        Assert.Equal(-StudentT.Quantile(0.975, 7), StudentT.Quantile(0.025, 7), 12);
        Assert.Equal(0, StudentT.Quantile(0.5, 7), 9);
    }

    [Fact]
    public void Quantile_ManyDegrees_ApproachesTheNormal()
    {
        Assert.Equal(1.959964, StudentT.Quantile(0.975, 1e7), 4);
    }

    [Fact]
    public void Cdf_OfTheQuantile_IsTheProbability()
    {
        Assert.Equal(0.975, StudentT.Cdf(StudentT.Quantile(0.975, 4), 4), 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    public void Quantile_ProbabilityOutsideTheOpenInterval_Throws(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(p, 3));
    }
}
