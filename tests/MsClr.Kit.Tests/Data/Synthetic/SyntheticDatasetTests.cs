using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Synthetic.SyntheticTestData;

namespace MsClr.Kit.Tests.Data.Synthetic;

public class SyntheticDatasetTests
{
    public static TheoryData<string> BuiltInFormats => new(SkeletonFormats.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(BuiltInFormats))]
    public void Generate_EveryBuiltInFormat_HasContractShapesAndFiniteValues(string formatName)
    {
        var format = SkeletonFormats.Get(formatName);
        var samples = SyntheticDataset.Generate(TwoPerClass, format).ToList();

        Assert.Equal(TwoPerClass.Samples, samples.Count);
        Assert.All(samples, s =>
        {
            s.Validate();
            Assert.InRange(s.Frames, 40, 150);
            Assert.Equal(2, s.Persons);
            Assert.Equal(format.JointCount, s.Joints);
            Assert.InRange(s.Label, 0, SyntheticActions.Count - 1);
        });
        Assert.Equal(Enumerable.Range(0, samples.Count).Select(SyntheticDataset.SampleId), samples.Select(s => s.SampleId));
        Assert.Equal("syn00042", samples[42].SampleId);
    }

    [Fact]
    public void Generate_SameSeed_GivesIdenticalArrays()
    {
        var config = TwoPerClass with { Samples = SyntheticActions.Count };
        foreach (var format in SkeletonFormats.All)
        {
            var first = SyntheticDataset.Generate(config, format).ToList();
            var second = SyntheticDataset.Generate(config, format).ToList();
            Assert.All(first.Zip(second), p => Assert.Equal(p.First.Xyz, p.Second.Xyz));
        }
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentArrays()
    {
        var a = SyntheticDataset.Generate(TwoPerClass, SkeletonFormats.SmplX42).ToList();
        var b = SyntheticDataset.Generate(TwoPerClass with { Seed = 8 }, SkeletonFormats.SmplX42).ToList();

        Assert.All(a.Zip(b), p => Assert.False(p.First.Xyz.AsSpan().SequenceEqual(p.Second.Xyz), $"{p.First.SampleId} unchanged"));
    }

    [Fact]
    public void Generate_SecondPerson_IsZeroExceptInInteractions()
    {
        var samples = SyntheticDataset.Generate(TwoPerClass, SkeletonFormats.NtuRgbD).ToList();

        Assert.All(samples, s =>
        {
            var interaction = SyntheticActions.All[s.Label].Kind == SyntheticActionKind.Interaction;
            Assert.False(PersonIsZero(s, 0), $"{s.SampleId}: person 1 missing");
            Assert.Equal(!interaction, PersonIsZero(s, 1));
        });
    }

    [Fact]
    public void Generate_SameIndex_GivesTheSameClipInEveryFormat()
    {
        var byFormat = SkeletonFormats.All.Select(f => SyntheticDataset.Generate(TwoPerClass, f).ToList()).ToList();

        for (var i = 0; i < TwoPerClass.Samples; i++)
        {
            var reference = byFormat[0][i];
            foreach (var samples in byFormat.Skip(1))
            {
                Assert.Equal(reference.Label, samples[i].Label);
                Assert.Equal(reference.Frames, samples[i].Frames);
                Assert.Equal(reference.Metadata, samples[i].Metadata);
            }
        }
    }

    [Fact]
    public void Generate_Metadata_HasSubjectAndViewInRange()
    {
        // Two-frame clips: only the metadata matters here.
        var samples = SyntheticDataset.Generate(TwoPerClass with { Samples = 20 * SyntheticActions.Count, MinFrames = 2, MaxFrames = 2 }, SkeletonFormats.Smpl24).ToList();

        Assert.All(samples, s => Assert.Equal(["subject", "view"], s.Metadata.Keys.Order()));
        Assert.Equal(Enumerable.Range(1, 20), samples.Select(s => s.Metadata["subject"]).Distinct().Order());
        Assert.Equal(Enumerable.Range(1, 3), samples.Select(s => s.Metadata["view"]).Distinct().Order());
        Assert.All(samples.GroupBy(s => s.Label), g => Assert.Equal(20, g.Count()));
    }

    [Fact]
    public void Generate_Coordinates_AreMetresWithThePersonAboutThreeMetresAwayOnTheFloor()
    {
        var ntu = SkeletonFormats.NtuRgbD;
        // Frame 0 is the action's first pose: walking starts off-centre, getting up starts lying down.
        string[] notStandingAtTheStart = ["walk", "walk backwards", "get up"];
        foreach (var sample in SyntheticDataset.Generate(TwoPerClass, ntu).Where(s => !notStandingAtTheStart.Contains(SyntheticActions.All[s.Label].Name)))
        {
            var spine = Point(sample, 0, 0, ntu.JointIndex("SpineBase"));
            var foot = Point(sample, 0, 0, ntu.JointIndex("FootLeft"));
            var head = Point(sample, 0, 0, ntu.JointIndex("Head"));
            Assert.InRange(spine.Z, 2.2f, 3.8f);
            Assert.InRange(foot.Y, -1.12f, -0.88f);
            Assert.InRange(head.Y - foot.Y, 1.0f, 1.95f);
        }
    }

    [Fact]
    public void Render_OneIndex_EqualsTheGeneratedSample()
    {
        var generated = SyntheticDataset.Generate(TwoPerClass, SkeletonFormats.NtuRgbD).ElementAt(33);
        var rendered = SyntheticDataset.Render(TwoPerClass, 33, SkeletonFormats.NtuRgbD);

        Assert.Equal(generated.Xyz, rendered.Xyz);
        Assert.Equal(generated.SampleId, rendered.SampleId);
    }

    [Fact]
    public void Generate_HugeConfig_IsLazy()
    {
        var first = SyntheticDataset.Generate(TwoPerClass with { Samples = 10_000_000 }, SkeletonFormats.SmplX42).Take(2).ToList();

        Assert.Equal(["syn00000", "syn00001"], first.Select(s => s.SampleId));
    }

    [Fact]
    public void Generate_InvalidConfig_ThrowsAtTheCallNamingTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticDataset.Generate(TwoPerClass with { MaxFrames = 10 }, SkeletonFormats.Smpl24));
        Assert.Contains("MaxFrames", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticDataset.RenderClean(TwoPerClass, TwoPerClass.Samples, SkeletonFormats.Smpl24));
    }

    [Fact]
    public void ViewYawDegrees_ThreeViews_AreFrontalThenMinusAndPlusStep()
    {
        var config = new SyntheticConfig();

        Assert.Equal([0.0, -45.0, 45.0], Enumerable.Range(1, 3).Select(config.ViewYawDegrees));
    }
}
