using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Augmentation.AugmentationData;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Data.Augmentation;

public class TemporalCropStepTests
{
    private static readonly SkeletonFormat Format = SkeletonFormats.NtuRgbD;

    // The spec's map for T = 50, P = 8: padded frame i comes from source frame 7 − i, i − 8 or 107 − i.
    private static long SpecSource(long i) => i < 8 ? 7 - i : i < 58 ? i - 8 : 107 - i;

    // Every element of frame t holds t, so an output frame names its source frame.
    private static Tensor FrameNumbers(long count) =>
        arange(HeldScalars.Of(0), HeldScalars.Of(50), HeldScalars.One, ScalarType.Float32).view(1, 1, 50, 1, 1).expand(count, 3, 50, Format.JointCount, 2).contiguous();

    [Fact]
    public void PaddedFrameIndex_FiftyFrames_IsTheSpecMap()
    {
        using var scope = NewDisposeScope();
        var index = TemporalCropStep.PaddedFrameIndex(50, new TemporalCropStep().Padding(50));

        Assert.Equal(Enumerable.Range(0, 66).Select(i => SpecSource(i)), index.data<long>().ToArray());
    }

    [Fact]
    public void Apply_EveryStart_KeepsShapeAndTakesWindowOfThePaddedSequence()
    {
        using var scope = NewDisposeScope();
        var starts = arange(HeldScalars.Of(0), HeldScalars.Of(17), HeldScalars.One, ScalarType.Int64);
        var x = FrameNumbers(17);

        var cropped = new TemporalCropStep().Apply(x, Draw(starts), Format);

        Assert.Equal(x.shape, cropped.shape);
        for (var s = 0; s < 17; s++)
        {
            var sources = Enumerable.Range(s, 50).Select(i => (float)SpecSource(i)).ToArray();
            var expected = tensor(sources).view(1, 50, 1, 1).expand(3, 50, Format.JointCount, 2);
            Assert.True(Same(cropped[s], expected), $"start {s}");
        }
    }

    [Fact]
    public void Apply_RandomDraws_StartsCoverZeroToSixteenAndEachSampleIsAContiguousWindow()
    {
        using var scope = NewDisposeScope();
        var step = new TemporalCropStep();
        var x = Batch(Format, count: 64);
        using var draw = step.Draw(x.shape, new Generator(5));
        var starts = draw.Values.data<long>().ToArray();

        var cropped = step.Apply(x, draw, Format);

        Assert.All(starts, s => Assert.InRange(s, 0, 16));
        Assert.True(starts.Distinct().Count() > 8);
        var padded = x.index_select(2, tensor(Enumerable.Range(0, 66).Select(i => SpecSource(i)).ToArray()));
        for (var n = 0; n < 64; n++)
        {
            Assert.True(Same(cropped[n], padded[n].narrow(1, starts[n], 50)));
        }
    }

    [Fact]
    public void Apply_ShortClip_PadsFloorOfTSixthsAndNeverReadsOutside()
    {
        using var scope = NewDisposeScope();
        var step = new TemporalCropStep();
        var x = Batch(Format, count: 2, frames: 5);

        var cropped = step.Apply(x, Format, new Generator(2));

        Assert.Equal(0, step.Padding(5));
        Assert.True(Same(x, cropped));
    }
}
