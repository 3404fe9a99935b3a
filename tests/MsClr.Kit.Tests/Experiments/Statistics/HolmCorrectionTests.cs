using MsClr.Kit.Experiments.Statistics;

namespace MsClr.Kit.Tests.Experiments.Statistics;

public class HolmCorrectionTests
{
    [Fact]
    public void Significant_TextbookFamily_StopsAtTheFirstPValueAboveItsThreshold()
    {
        // Sorted: 0.005 ≤ 0.05/4, 0.01 ≤ 0.05/3, then 0.03 > 0.05/2 stops the procedure, so 0.04 is not tested.
        Assert.Equal([true, false, false, true], HolmCorrection.Significant([0.01, 0.04, 0.03, 0.005]));
    }

    [Fact]
    public void Significant_EveryPValueBelowItsStep_RejectsAll()
    {
        Assert.Equal([true, true, true], HolmCorrection.Significant([0.02, 0.001, 0.03]));
        Assert.Equal([false, false], HolmCorrection.Significant([0.04, 0.04]));
    }

    [Fact]
    public void Significant_OneTestAtTheUncorrectedLevelAmongTwenty_IsNotSignificant()
    {
        // What a study of twenty arms read one by one calls "better" at p = 0.039 needs p ≤ 0.0025 here.
        double?[] family = [0.039, .. Enumerable.Repeat<double?>(0.6, 19)];

        Assert.All(HolmCorrection.Significant(family), Assert.False);
        Assert.True(HolmCorrection.Significant([0.0024, .. Enumerable.Repeat<double?>(0.6, 19)])[0]);
    }

    [Fact]
    public void Significant_TestThatCouldNotBeMade_CountsInTheFamilyAndIsNeverSignificant()
    {
        Assert.Equal([true, false], HolmCorrection.Significant([0.02, null]));
        Assert.Equal([false, false], HolmCorrection.Significant([0.03, null]));
    }

    [Theory]
    [InlineData(1.5, 0.05)]
    [InlineData(0.01, 0.0)]
    [InlineData(0.01, 1.0)]
    public void Significant_OutOfRange_Throws(double p, double alpha) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HolmCorrection.Significant([p], alpha));
}
