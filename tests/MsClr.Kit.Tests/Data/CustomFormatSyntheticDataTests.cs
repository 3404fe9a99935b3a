using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Data.Store;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data;

/// <summary>The playground's custom format (notebooks/formats/stick_13.json): joints named after synthetic landmarks.</summary>
public sealed class CustomFormatSyntheticDataTests : IDisposable
{
    private readonly TempFolder _data = new("custom-format");

    private static SkeletonFormat Stick => SkeletonFormatJson.Load(Path.Combine(KitEnvironment.RepositoryRoot, "notebooks", "formats", "stick_13.json"));

    public void Dispose() => _data.Dispose();

    [Fact]
    public void StickFormat_EveryJointIsALandmark()
    {
        Assert.Equal(13, Stick.JointCount);
        Assert.All(Stick.JointNames, j => Assert.Contains(j, SyntheticLandmarks.Names));
    }

    [Fact]
    public void ForAny_BuiltInAndCustom_BuiltInTablesOrLandmarksAndTheAnatomicalRecipe()
    {
        var stick = Stick;

        Assert.Equal(PreprocessingRecipe.For(SkeletonFormats.SmplX42), PreprocessingRecipe.ForAny(SkeletonFormats.SmplX42));
        var recipe = PreprocessingRecipe.ForAny(stick);
        Assert.True(recipe.AlignShoulders);
        Assert.Equal((stick.JointIndex("left_shoulder"), stick.JointIndex("right_shoulder"), stick.Center), (recipe.LeftShoulder, recipe.RightShoulder, recipe.CentreJoint));
        Assert.Equal([("head", 1f)], SyntheticRenderer.ForAny(stick).Recipe("head"));
        Assert.Equal(SyntheticRenderer.For(SkeletonFormats.NtuRgbD).Recipe("Head"), SyntheticRenderer.ForAny(SkeletonFormats.NtuRgbD).Recipe("Head"));
    }

    [Fact]
    public async Task SyntheticStore_CustomFormat_WritesItsPreprocessedFileOnceAndKeepsIt()
    {
        var config = new SyntheticConfig { Samples = 6, Seed = 1 };

        var written = SyntheticStore.Ensure(_data.Path, config, [Stick]);
        var again = SyntheticStore.Ensure(_data.Path, config, [Stick]);

        var reader = SkeletonStoreReader.Open(Assert.Single(written));
        Assert.Empty(again);
        Assert.Equal(6, reader.Count);
        Assert.Equal("stick_13", reader.Format.Name);
        Assert.All((await reader.ReadIndexAsync()).Frames, f => Assert.Equal(50, f));
    }

    [Fact]
    public void GeneratedFrames_Default_OneLengthPerClipBetween40And150()
    {
        var frames = SyntheticDataset.GeneratedFrames(new SyntheticConfig { Samples = 20, Seed = 1 });

        Assert.Equal(20, frames.Count);
        Assert.All(frames, f => Assert.InRange(f, 40, 150));
    }
}
