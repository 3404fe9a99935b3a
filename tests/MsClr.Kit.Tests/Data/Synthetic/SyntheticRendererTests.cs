using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Synthetic.SyntheticTestData;

namespace MsClr.Kit.Tests.Data.Synthetic;

public class SyntheticRendererTests
{
    private static readonly Dictionary<string, string> Stick5Map = new()
    {
        ["root"] = "pelvis", ["chest"] = "spine_chest", ["lhand"] = "left_hand", ["rhand"] = "right_hand", ["snout"] = "nose",
    };

    [Fact]
    public void For_CustomFormatWithLandmarkMap_RendersTheMappedLandmarks()
    {
        var renderer = SyntheticRenderer.For(Stick5, Stick5Map);
        var custom = SyntheticDataset.RenderClean(TwoPerClass, 14, renderer);
        var smpl = SyntheticDataset.RenderClean(TwoPerClass, 14, SkeletonFormats.Smpl24);
        var smplx = SyntheticDataset.RenderClean(TwoPerClass, 14, SkeletonFormats.SmplX42);

        Assert.Equal(5, custom.Joints);
        for (var t = 0; t < custom.Frames; t++)
        {
            Assert.Equal(Point(smpl, t, 0, SkeletonFormats.Smpl24.JointIndex("lhan")), Point(custom, t, 0, Stick5.JointIndex("lhand")));
            Assert.Equal(Point(smplx, t, 0, SkeletonFormats.SmplX42.JointIndex("nose")), Point(custom, t, 0, Stick5.JointIndex("snout")));
        }

        Assert.All(SyntheticDataset.Generate(TwoPerClass, renderer), s => s.Validate());
    }

    [Fact]
    public void For_UnknownLandmark_NamesTheJointAndListsValidLandmarks()
    {
        var map = new Dictionary<string, string>(Stick5Map) { ["snout"] = "beak" };

        var error = Assert.Throws<ArgumentException>(() => SyntheticRenderer.For(Stick5, map));

        Assert.Contains("'snout'", error.Message);
        Assert.Contains("'beak'", error.Message);
        Assert.Contains("left_thumb_tip", error.Message);
    }

    [Fact]
    public void For_UnmappedJointOrForeignKey_IsAnError()
    {
        var missing = Stick5Map.Where(p => p.Key != "rhand").ToDictionary();
        var extra = new Dictionary<string, string>(Stick5Map) { ["tail"] = "pelvis" };

        Assert.Contains("rhand", Assert.Throws<ArgumentException>(() => SyntheticRenderer.For(Stick5, missing)).Message);
        Assert.Contains("tail", Assert.Throws<ArgumentException>(() => SyntheticRenderer.For(Stick5, extra)).Message);
    }

    [Fact]
    public void For_CustomFormatWithoutMap_AsksForOne()
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticRenderer.For(Stick5));

        Assert.Contains("jointToLandmark", error.Message);
        Assert.Throws<ArgumentException>(() => SyntheticDataset.Generate(TwoPerClass, Stick5));
    }

    [Fact]
    public void For_BuiltInFormat_MatchedByValueCoversEveryJoint()
    {
        var copy = SkeletonFormatJson.Parse(SkeletonFormatJson.ToJson(SkeletonFormats.SmplX42));
        var renderer = SyntheticRenderer.For(copy);

        Assert.All(copy.JointNames, j => Assert.Equal(1f, renderer.Recipe(j).Sum(t => t.Weight), 5));
        Assert.Equal([("left_index_tip", 0.5f), ("left_middle_tip", 0.5f)], SyntheticRenderer.For(SkeletonFormats.NtuRgbD).Recipe("HandTipLeft"));
    }

    [Fact]
    public void Names_Landmarks_AreUniqueAndCoverFacesHandsAndMarkers()
    {
        Assert.Equal(SyntheticLandmarks.Names.Count, SyntheticLandmarks.Names.Distinct().Count());
        foreach (var name in new[] { "nose", "jaw", "left_eye_centre", "right_ear", "left_thumb_tip", "right_middle_tip", "head_top", "left_hip_front", "right_big_toe" })
        {
            Assert.True(SyntheticLandmarks.Contains(name), name);
        }
    }
}
