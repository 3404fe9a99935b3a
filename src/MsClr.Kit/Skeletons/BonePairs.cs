namespace MsClr.Kit.Skeletons;

/// <summary>
/// The bones of a format as the official bone stream computes them: for each edge (v1, v2) in order,
/// <c>bone[v1] = x[v1] − x[v2]</c>; a joint listed as v1 twice keeps its last pair, and a joint never listed as v1
/// has a zero bone.
/// </summary>
public static class BonePairs
{
    /// <summary>Effective (joint, partner) pairs after "last pair wins", ordered by joint.</summary>
    public static IReadOnlyList<JointPair> Of(SkeletonFormat format)
    {
        var partner = new Dictionary<int, int>();
        foreach (var (joint, other) in format.Edges)
        {
            partner[joint] = other;
        }

        return partner.OrderBy(p => p.Key).Select(p => new JointPair(p.Key, p.Value)).ToArray();
    }

    /// <summary>Joints whose bone is always zero (never the first joint of an edge), ascending.</summary>
    public static IReadOnlyList<int> ZeroBoneJoints(SkeletonFormat format)
    {
        var withBone = Of(format).Select(p => p.First).ToHashSet();
        return Enumerable.Range(0, format.JointCount).Where(v => !withBone.Contains(v)).ToArray();
    }
}
