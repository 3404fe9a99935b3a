namespace MsClr.Kit.Skeletons;

/// <summary>Builds a <see cref="SkeletonFormat"/> whose edges, centre and mirror pairs are given by joint name.</summary>
internal static class NamedFormat
{
    public static SkeletonFormat Create(
        string name,
        string spaceSeparatedJointNames,
        string center,
        (string First, string Second)[] edges,
        (string Left, string Right)[] mirror,
        LengthUnit unit)
    {
        var joints = spaceSeparatedJointNames.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int Index(string joint, string field) => JointReference.Resolve(joints, joint, name, field);
        return new SkeletonFormat(
            name,
            joints,
            edges.Select((e, i) => new JointPair(Index(e.First, $"edges[{i}][0]"), Index(e.Second, $"edges[{i}][1]"))),
            Index(center, "center"),
            mirror.Select((p, i) => new JointPair(Index(p.Left, $"mirror_pairs[{i}][0]"), Index(p.Right, $"mirror_pairs[{i}][1]"))),
            unit,
            name);
    }
}
