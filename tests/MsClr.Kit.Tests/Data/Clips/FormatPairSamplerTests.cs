using MsClr.Kit.Data.Clips;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data.Clips;

public class FormatPairSamplerTests
{
    private static readonly FormatSet NtuAndSmplX = new(SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);

    [Fact]
    public void FullRandom_TwoFormats_DrawsEachOfTheFourPairsAboutAQuarterOfTheTime()
    {
        var sampler = new FormatPairSampler(NtuAndSmplX, FormatPairing.FullRandom);
        var random = new Random(5);
        var counts = Enumerable.Range(0, 8000).Select(_ => sampler.Next(random)).GroupBy(p => (p.Query.Name, p.Key.Name)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(4, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 1800, 2200));
    }

    [Fact]
    public void SameFormatAndHalfRandom_KeepTheirRules()
    {
        var random = new Random(6);
        var same = new FormatPairSampler(NtuAndSmplX, FormatPairing.SameFormat);
        var half = new FormatPairSampler(NtuAndSmplX, FormatPairing.HalfRandom);

        Assert.All(Enumerable.Range(0, 200).Select(_ => same.Next(random)), p => Assert.Equal(p.Query, p.Key));
        Assert.All(Enumerable.Range(0, 200).Select(_ => half.Next(random)), p => Assert.True(p.Query == SkeletonFormats.NtuRgbD || p.Key == SkeletonFormats.NtuRgbD));
    }

    [Fact]
    public void FullRandomPerWorker_Batches_CycleThroughFourPairsPerEpoch()
    {
        var sampler = new FormatPairSampler(NtuAndSmplX, FormatPairing.FullRandomPerWorker);
        var pairs = Enumerable.Range(0, 12).Select(b => sampler.ForBatch(b, new Random(b), () => new Random(42))).ToArray();

        Assert.All(Enumerable.Range(0, 8), b => Assert.Equal(pairs[b], pairs[b + 4]));
    }

    [Fact]
    public void IterationsPerEpoch_NtuXSubWithTwoFormats_Is626AsThePaperCounts()
    {
        Assert.Equal(626, FormatPairSampler.IterationsPerEpoch(40_091, 2, 128));
        Assert.Equal(313, FormatPairSampler.IterationsPerEpoch(40_091, 1, 128));
    }
}
