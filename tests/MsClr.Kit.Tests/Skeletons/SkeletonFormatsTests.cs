using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Skeletons;

public class SkeletonFormatsTests
{
    public static TheoryData<string, int, int, int, string> Catalogue => new()
    {
        { "ntu-rgb+d", 25, 24, 20, "SpineShoulder" },
        { "smpl_24", 24, 23, 9, "spi3" },
        { "smplx_42", 42, 39, 9, "thor" },
        { "berkeley_mhad_43", 43, 42, 8, "bell" },
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void BuiltIn_ByName_HasOfficialJointEdgeCountsAndCentre(string name, int joints, int edges, int center, string centerName)
    {
        var format = SkeletonFormats.Get(name);

        Assert.Equal(joints, format.JointCount);
        Assert.Equal(edges, format.Edges.Count);
        Assert.Equal(center, format.Center);
        Assert.Equal(centerName, format.JointNames[format.Center]);
    }

    [Fact]
    public void BuiltIn_Edges_EqualTheOfficialOneBasedLists()
    {
        AssertEdges(OfficialTables.NtuEdges1Based, SkeletonFormats.NtuRgbD);
        AssertEdges(OfficialTables.Smpl24Edges1Based, SkeletonFormats.Smpl24);
        AssertEdges(OfficialTables.SmplX42Edges1Based, SkeletonFormats.SmplX42);
        AssertEdges(OfficialTables.BerkeleyMhad43Edges1Based, SkeletonFormats.BerkeleyMhad43);
    }

    [Fact]
    public void FlipPermutation_WhereOfficialTableIsRight_EqualsIt()
    {
        Assert.Equal(OfficialTables.NtuFlip, SkeletonFormats.NtuRgbD.FlipPermutation);
        Assert.Equal(OfficialTables.SmplX42Flip, SkeletonFormats.SmplX42.FlipPermutation);
        Assert.Equal(OfficialTables.BerkeleyMhad43Flip, SkeletonFormats.BerkeleyMhad43.FlipPermutation);
    }

    [Fact]
    public void FlipPermutation_Smpl24_SwapsTheHandsTheOfficialTableMisses()
    {
        var flip = SkeletonFormats.Smpl24.FlipPermutation;
        var expected = OfficialTables.Smpl24FlipOfficial.ToArray();
        (expected[22], expected[23]) = (23, 22);

        Assert.Equal(expected, flip);
        Assert.Equal("rhan", SkeletonFormats.Smpl24.JointNames[flip[SkeletonFormats.Smpl24.JointIndex("lhan")]]);
    }

    [Theory]
    [InlineData("ntu-rgb+d")]
    [InlineData("smpl_24")]
    [InlineData("smplx_42")]
    [InlineData("berkeley_mhad_43")]
    public void MirrorPairs_EveryBuiltIn_AreAnInvolutionMappingEachLeftJointToItsRightTwin(string name)
    {
        var format = SkeletonFormats.Get(name);
        var flip = format.FlipPermutation;

        Assert.All(Enumerable.Range(0, format.JointCount), v => Assert.Equal(v, flip[flip[v]]));
        Assert.Equal(format.JointCount, flip.Distinct().Count());
        foreach (var (left, right) in format.MirrorPairs)
        {
            Assert.Equal(right, flip[left]);
            Assert.Equal(TwinName(format.JointNames[left]), format.JointNames[right]);
        }

        var leftJoints = Enumerable.Range(0, format.JointCount).Where(v => IsLeftName(format.JointNames[v])).ToArray();
        Assert.Equal(leftJoints.Order(), format.MirrorPairs.Select(p => p.First).Order());
        Assert.Equal(format.Center, flip[format.Center]);
    }

    [Fact]
    public void Get_UnknownName_ListsTheKnownFormats()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => SkeletonFormats.Get("coco_17"));
        Assert.Contains("coco_17", error.Message);
        Assert.Contains("smplx_42", error.Message);
    }

    [Fact]
    public void Equality_SameDefinition_IsValueEquality()
    {
        var copy = SkeletonFormatJson.Parse(SkeletonFormatJson.ToJson(SkeletonFormats.SmplX42));

        Assert.Equal(SkeletonFormats.SmplX42, copy);
        Assert.NotEqual(SkeletonFormats.Smpl24, SkeletonFormats.SmplX42);
    }

    private static void AssertEdges((int, int)[] official1Based, SkeletonFormat format) =>
        Assert.Equal(official1Based.Select(e => new JointPair(e.Item1 - 1, e.Item2 - 1)), format.Edges);

    // Kinect names end in Left/Right; the MeTRAbs names start with l/r (e.g. lsho/rsho, leyehf/reyehf).
    private static bool IsLeftName(string name) =>
        name.EndsWith("Left", StringComparison.Ordinal) || (name.StartsWith('l') && name.Length > 1);

    private static string TwinName(string leftName) =>
        leftName.EndsWith("Left", StringComparison.Ordinal) ? leftName[..^4] + "Right" : "r" + leftName[1..];
}
