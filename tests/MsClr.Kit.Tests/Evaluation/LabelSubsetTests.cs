using MsClr.Kit.Evaluation;

namespace MsClr.Kit.Tests.Evaluation;

public class LabelSubsetTests
{
    // 5 classes with 200, 100, 50, 20 and 7 clips, interleaved.
    private static readonly long[] Labels = Enumerable.Range(0, 5).SelectMany(c => Enumerable.Repeat((long)c, new[] { 200, 100, 50, 20, 7 }[c]))
        .Select((label, i) => (label, key: (i * 7919) % 377)).OrderBy(p => p.key).Select(p => p.label).ToArray();

    [Theory]
    [InlineData(0.10, new[] { 20, 10, 5, 2, 1 })]
    [InlineData(0.01, new[] { 2, 1, 1, 1, 1 })]
    public void ClassBalanced_TakesTheFractionOfEveryClassAndAtLeastOne(double fraction, int[] perClass)
    {
        var rows = LabelSubset.ClassBalanced(Labels, fraction, seed: 3);

        Assert.Equal(perClass, Enumerable.Range(0, 5).Select(c => rows.Count(r => Labels[r] == c)));
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(rows.Order(), rows);
    }

    [Fact]
    public void ClassBalanced_SameSeed_SameClipsAndAnotherSeed_OtherClips()
    {
        var first = LabelSubset.ClassBalanced(Labels, 0.1, seed: 3);

        Assert.Equal(first, LabelSubset.ClassBalanced(Labels, 0.1, seed: 3));
        Assert.NotEqual(first, LabelSubset.ClassBalanced(Labels, 0.1, seed: 4));
    }

    [Fact]
    public void ClassBalanced_AllLabels_IsEveryRow()
    {
        Assert.Equal(Enumerable.Range(0, Labels.Length), LabelSubset.ClassBalanced(Labels, 1.0, seed: 1));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void ClassBalanced_FractionOutsideTheRange_Throws(double fraction)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LabelSubset.ClassBalanced(Labels, fraction, seed: 1));
    }
}
