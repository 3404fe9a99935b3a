using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Augmentation.AugmentationData;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Data.Augmentation;

public class ViewRecipeTests
{
    private static readonly ViewRecipe Everything = ViewRecipe.Extreme.Then(new TimeFlipStep());

    public static TheoryData<string> FormatNames => [.. SkeletonFormats.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void Apply_EveryRecipeOnBatchAndSample_PreservesShapeDtypeAndDevice(string name)
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.Get(name);
        var batch = Batch(format, count: 3);
        var generator = new Generator(1);

        foreach (var recipe in new[] { ViewRecipe.None, ViewRecipe.Normal, ViewRecipe.Extreme, Everything })
        {
            foreach (var x in new[] { batch, batch[0] })
            {
                var view = recipe.Apply(x, format, generator);
                Assert.Equal(x.shape, view.shape);
                Assert.Equal(ScalarType.Float32, view.dtype);
                Assert.Equal((x.device_type, x.device_index), (view.device_type, view.device_index));
                Assert.True(view.isfinite().all().item<bool>());
            }
        }
    }

    [Fact]
    public void Apply_SameSeed_GivesIdenticalViewsAndADifferentSeedDoesNot()
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.SmplX42;
        var x = Batch(format, count: 4);

        var first = ViewRecipe.Extreme.Apply(x, format, new Generator(42));
        var again = ViewRecipe.Extreme.Apply(x, format, new Generator(42));
        var other = ViewRecipe.Extreme.Apply(x, format, new Generator(43));

        Assert.True(Same(first, again));
        Assert.False(Same(first, other));
    }

    [Fact]
    public void Apply_OneGenerator_DrawsIndependentlyPerSample()
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.NtuRgbD;
        var x = Batch(format, count: 1).expand(4, -1, -1, -1, -1).contiguous();

        var view = ViewRecipe.Normal.Apply(x, format, new Generator(3));

        Assert.False(Same(view[0], view[1]));
        Assert.False(Same(view[2], view[3]));
    }

    [Fact]
    public void StepApply_BatchDraw_EqualsEachSampleAugmentedAloneWithItsOwnDraws()
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.NtuRgbD;
        var generator = new Generator(5);
        var batch = Batch(format, count: 6);
        var samples = Enumerable.Range(0, 6).Select(n => batch[n]).ToArray();

        foreach (var step in Everything.Steps.Select(s => s.Probability < 1 ? s with { Probability = 0.5 } : s))
        {
            using var draw = step.Draw(batch.shape, generator);
            batch = step.Apply(batch, draw, format);
            samples = [.. samples.Select((sample, n) => step.Apply(sample, draw.Select(n), format))];

            Assert.True(MaxAbsDifference(batch, stack(samples)) < 1e-6f, step.GetType().Name);
        }
    }

    [Fact]
    public void Extreme_Default_IsCropShearThenFlipRotateNoiseBlurMaskWithThePapersProbabilities()
    {
        var steps = ViewRecipe.Extreme.Steps;

        Assert.Equal(
            [typeof(TemporalCropStep), typeof(ShearStep), typeof(SpatialFlipStep), typeof(RotationStep), typeof(GaussianNoiseStep), typeof(GaussianBlurStep), typeof(AxisMaskStep)],
            steps.Select(s => s.GetType()));
        Assert.Equal([1, 1, 0.5, 1, 0.5, 0.5, 0.5], steps.Select(s => s.Probability));
        Assert.Equal(ViewRecipe.Normal.Steps, steps.Take(2));
        var blur = ViewRecipe.Extreme.Step<GaussianBlurStep>();
        Assert.Equal((0.1, 2.0, 15, 0.5, false), (blur.SigmaMin, blur.SigmaMax, blur.KernelSize, blur.InnerProbability, blur.NormalisedBlur));
        Assert.Equal(0.5, ViewRecipe.Extreme.Step<ShearStep>().Amplitude);
        Assert.Equal(6, ViewRecipe.Extreme.Step<TemporalCropStep>().PaddingRatio);
        Assert.Equal(0.01, ViewRecipe.Extreme.Step<GaussianNoiseStep>().Sigma);
    }

    [Fact]
    public void Recipes_ComposedWithWith_AreValuesThatCompareByTheirSteps()
    {
        var normalised = ViewRecipe.Extreme.Replace<GaussianBlurStep>(b => b with { NormalisedBlur = true });

        Assert.Equal(ViewRecipe.Extreme, new ViewRecipe(ViewRecipe.Extreme.Steps.ToList()));
        Assert.Equal(ViewRecipe.Extreme.GetHashCode(), new ViewRecipe(ViewRecipe.Extreme.Steps.ToList()).GetHashCode());
        Assert.NotEqual(ViewRecipe.Extreme, normalised);
        Assert.True(normalised.Step<GaussianBlurStep>().NormalisedBlur);
        Assert.Equal(6, ViewRecipe.Extreme.Without<AxisMaskStep>().Steps.Count);
        Assert.Equal(ViewRecipe.Extreme, ViewRecipe.Extreme.Without<TimeFlipStep>());
        Assert.Equal(ViewRecipe.Normal, ViewRecipe.Normal with { Steps = [new TemporalCropStep(), new ShearStep()] });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpatialFlipStep { Probability = 1.5 });
        Assert.Throws<InvalidOperationException>(() => ViewRecipe.Normal.Replace<TimeFlipStep>(t => t));
    }

    [Fact]
    public void Apply_PaddedOrWrongData_ThrowsNamingTheProblem()
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.NtuRgbD;

        var padded = Assert.Throws<ArgumentException>(() => ViewRecipe.Normal.Apply(randn([2, 3, 50, 42, 2]), format, new Generator(1)));
        var doubles = Assert.Throws<ArgumentException>(() => ViewRecipe.Normal.Apply(randn([2, 3, 50, 25, 2], dtype: ScalarType.Float64), format, new Generator(1)));

        Assert.Contains("V = 25", padded.Message);
        Assert.Contains("float32", doubles.Message);
    }

    [Fact]
    public void Apply_InsideAScope_LeavesOnlyTheResultAlive()
    {
        var format = SkeletonFormats.NtuRgbD;
        using var x = Batch(format, count: 2);
        using var scope = NewDisposeScope();
        var generator = new Generator(8);

        using var view = Everything.Apply(x, format, generator);

        Assert.Equal(1, scope.DisposablesCount);
    }
    [Fact]
    public void ExtremeOf_UpstreamDigits_ChooseTheStepsInNumericOrder()
    {
        Assert.Equal(ViewRecipe.Extreme, ViewRecipe.ExtremeOf(ViewRecipe.DefaultAugMethod));
        Assert.Equal(ViewRecipe.Extreme.Then(new TimeFlipStep()), ViewRecipe.ExtremeOf("654321"));
        Assert.Equal(ViewRecipe.Normal.Then(new SpatialFlipStep(), new RotationStep()), ViewRecipe.ExtremeOf("21"));
        Assert.Equal(ViewRecipe.Normal, ViewRecipe.ExtremeOf(""));
    }

    [Theory]
    [InlineData("127")]
    [InlineData("1123")]
    [InlineData("12a")]
    public void ExtremeOf_NotDistinctDigitsOneToSix_NamesTheString(string augMethod) =>
        Assert.Contains($"aug_method '{augMethod}'", Assert.Throws<ArgumentException>(() => ViewRecipe.ExtremeOf(augMethod)).Message);
}
