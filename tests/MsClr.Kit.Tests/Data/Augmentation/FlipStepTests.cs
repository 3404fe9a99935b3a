using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Augmentation.AugmentationData;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Data.Augmentation;

public class FlipStepTests
{
    public static TheoryData<string> FormatNames => [.. SkeletonFormats.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void SpatialFlip_AppliedTwice_IsTheIdentity(string name)
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.Get(name);
        var x = Batch(format, count: 2);
        var step = new SpatialFlipStep();
        var draw = Draw(empty(2, 0));

        var twice = step.Apply(step.Apply(x, draw, format), draw, format);

        Assert.True(Same(x, twice));
        Assert.False(Same(x, step.Apply(x, draw, format)));
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void SpatialFlip_Applied_SwapsEveryMirrorPairsDataWithoutNegatingAndKeepsTheRest(string name)
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.Get(name);
        var x = Batch(format, count: 1);

        var flipped = new SpatialFlipStep().Apply(x, Draw(empty(1, 0)), format);

        foreach (var (left, right) in format.MirrorPairs)
        {
            Assert.True(Same(flipped.select(3, right), x.select(3, left)), $"{format.JointNames[left]} → {format.JointNames[right]}");
            Assert.True(Same(flipped.select(3, left), x.select(3, right)));
        }

        var paired = format.MirrorPairs.SelectMany(p => new[] { p.First, p.Second }).ToHashSet();
        foreach (var v in Enumerable.Range(0, format.JointCount).Where(v => !paired.Contains(v)))
        {
            Assert.True(Same(flipped.select(3, v), x.select(3, v)));
        }
    }

    [Fact]
    public void SpatialFlip_Smpl24_SwapsTheHandsTheOfficialTableMisses()
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.Smpl24;
        var x = Batch(format, count: 1);

        var flipped = new SpatialFlipStep().Apply(x, Draw(empty(1, 0)), format);

        Assert.True(Same(flipped.select(3, format.JointIndex("rhan")), x.select(3, format.JointIndex("lhan"))));
    }

    [Fact]
    public void SpatialFlip_CoinPerSample_FlipsOnlyTheSamplesWhoseCoinCameUp()
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.NtuRgbD;
        var x = Batch(format, count: 2);
        var step = new SpatialFlipStep();

        var result = step.Apply(x, Draw(empty(2, 0), true, false), format);

        Assert.True(Same(result[0], step.Apply(x[0], Draw(empty(1, 0)), format)));
        Assert.True(Same(result[1], x[1]));
    }

    [Fact]
    public void TimeFlip_Applied_ReversesTimeAndTwiceIsTheIdentity()
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.NtuRgbD;
        var x = Batch(format, count: 2, frames: 7);
        var step = new TimeFlipStep();
        var draw = Draw(empty(2, 0));

        var reversed = step.Apply(x, draw, format);

        Assert.True(Same(reversed.select(2, 0), x.select(2, 6)));
        Assert.True(Same(reversed.select(2, 2), x.select(2, 4)));
        Assert.True(Same(step.Apply(reversed, draw, format), x));
        Assert.Equal(0.5, step.Probability);
    }
}
