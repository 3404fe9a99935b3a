using MsClr.Kit.Data;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Synthetic.SyntheticTestData;

namespace MsClr.Kit.Tests.Data.Synthetic;

public class CrossFormatAgreementTests
{
    // Clean renderings of every class, once per format for all the theory rows.
    private static readonly Dictionary<string, Lazy<List<SkeletonSample>>> Clean = SkeletonFormats.All.ToDictionary(
        f => f.Name,
        f => new Lazy<List<SkeletonSample>>(() => Enumerable.Range(0, TwoPerClass.Samples).Select(i => SyntheticDataset.RenderClean(TwoPerClass, i, f)).ToList()));

    // Corresponding points of different conventions: same anatomy, different definitions (e.g. Kinect's hips sit higher).
    public static TheoryData<string, string, string, string> CorrespondingJoints => new()
    {
        { "ntu-rgb+d", "HandLeft", "smpl_24", "lhan" },
        { "ntu-rgb+d", "HipLeft", "smpl_24", "lhip" },
        { "ntu-rgb+d", "HipRight", "smplx_42", "rhip" },
        { "ntu-rgb+d", "Head", "smplx_42", "head" },
        { "ntu-rgb+d", "SpineBase", "smpl_24", "pelv" },
        { "ntu-rgb+d", "FootRight", "smplx_42", "rtoe" },
        { "ntu-rgb+d", "ThumbRight", "smplx_42", "rthu" },
        { "ntu-rgb+d", "ElbowLeft", "smpl_24", "lelb" },
        { "smplx_42", "lwri", "berkeley_mhad_43", "lwri" },
        { "smplx_42", "rhee", "berkeley_mhad_43", "rhee" },
        { "smpl_24", "lkne", "smplx_42", "lkne" },
    };

    [Theory]
    [MemberData(nameof(CorrespondingJoints))]
    public void RenderClean_CorrespondingJoints_AreWithinFiveCentimetres(string formatA, string jointA, string formatB, string jointB)
    {
        var (fa, fb) = (SkeletonFormats.Get(formatA), SkeletonFormats.Get(formatB));
        var worst = 0f;
        foreach (var (a, b) in Clean[formatA].Value.Zip(Clean[formatB].Value))
        {
            var persons = SyntheticActions.All[a.Label].Persons;
            for (var t = 0; t < a.Frames; t++)
            {
                for (var m = 0; m < persons; m++)
                {
                    worst = MathF.Max(worst, Distance(a, fa.JointIndex(jointA), b, fb.JointIndex(jointB), t, m));
                }
            }
        }

        Assert.True(worst < 0.05f, $"{formatA} {jointA} vs {formatB} {jointB}: up to {worst * 100:F1} cm apart");
    }

    [Fact]
    public void RenderClean_SurfaceMarkers_SitCentimetresFromJointCentresWhileTheBodyMoves()
    {
        var mhad = SkeletonFormats.BerkeleyMhad43;
        var smpl = SkeletonFormats.Smpl24;
        var markers = SyntheticDataset.RenderClean(TwoPerClass, 0, mhad);
        var joints = SyntheticDataset.RenderClean(TwoPerClass, 0, smpl);

        for (var t = 0; t < markers.Frames; t++)
        {
            Assert.InRange(Distance(markers, mhad.JointIndex("lkne"), joints, smpl.JointIndex("lkne"), t, 0), 0.03f, 0.08f);
            Assert.InRange(Distance(markers, mhad.JointIndex("head"), joints, smpl.JointIndex("head"), t, 0), 0.1f, 0.2f);
        }

        var (first, last) = (Point(joints, 0, 0, smpl.JointIndex("lkne")), Point(joints, joints.Frames - 1, 0, smpl.JointIndex("lkne")));
        Assert.True(MathF.Abs(first.Z - last.Z) > 0.5f, $"sample 0 ({SyntheticActions.All[0].Name}) should travel; knee z {first.Z:F2} -> {last.Z:F2}");
    }
}
