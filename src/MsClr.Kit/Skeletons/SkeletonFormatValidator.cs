namespace MsClr.Kit.Skeletons;

/// <summary>The rules every <see cref="SkeletonFormat"/> must satisfy, each failing with its own field and message.</summary>
internal static class SkeletonFormatValidator
{
    public static void Validate(SkeletonFormat format, string source, Dictionary<string, int> indexByName)
    {
        if (string.IsNullOrWhiteSpace(format.Name))
        {
            throw new SkeletonFormatException(source, "name", "must be a non-empty string");
        }

        foreach (var (name, index) in IndexJointNames(format.JointNames, source))
        {
            indexByName.Add(name, index);
        }

        ValidateEdges(format, source);
        if (format.Center < 0 || format.Center >= format.JointCount)
        {
            throw new SkeletonFormatException(
                source, "center", $"joint index {format.Center} is out of range; expected 0..{format.JointCount - 1}");
        }

        ValidateMirrorPairs(format, source);
    }

    /// <summary>Checks that joint names are non-empty and unique, and maps each name to its index.</summary>
    public static Dictionary<string, int> IndexJointNames(IReadOnlyList<string> names, string source)
    {
        if (names.Count == 0)
        {
            throw new SkeletonFormatException(source, "joints", "must list at least one joint name");
        }

        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw new SkeletonFormatException(source, $"joints[{i}]", "must be a non-empty name");
            }

            if (!indexByName.TryAdd(names[i], i))
            {
                throw new SkeletonFormatException(
                    source, $"joints[{i}]", $"duplicate joint name '{names[i]}' (already joints[{indexByName[names[i]]}])");
            }
        }

        return indexByName;
    }

    private static void ValidateEdges(SkeletonFormat format, string source)
    {
        var seen = new HashSet<(int, int)>();
        for (var e = 0; e < format.Edges.Count; e++)
        {
            var (a, b) = format.Edges[e];
            CheckIndex(format, source, $"edges[{e}][0]", a);
            CheckIndex(format, source, $"edges[{e}][1]", b);
            if (a == b)
            {
                throw new SkeletonFormatException(
                    source, $"edges[{e}]", $"self-link ({a}, {a}); self-links are added to every joint automatically");
            }

            if (!seen.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                throw new SkeletonFormatException(source, $"edges[{e}]", $"duplicate edge ({a}, {b})");
            }
        }
    }

    private static void ValidateMirrorPairs(SkeletonFormat format, string source)
    {
        var pairOf = new Dictionary<int, int>();
        for (var p = 0; p < format.MirrorPairs.Count; p++)
        {
            var (left, right) = format.MirrorPairs[p];
            CheckIndex(format, source, $"mirror_pairs[{p}][0]", left);
            CheckIndex(format, source, $"mirror_pairs[{p}][1]", right);
            if (left == right)
            {
                throw new SkeletonFormatException(
                    source, $"mirror_pairs[{p}]", $"joint '{format.JointNames[left]}' is paired with itself; leave central joints out");
            }

            foreach (var joint in new[] { left, right })
            {
                if (!pairOf.TryAdd(joint, p))
                {
                    throw new SkeletonFormatException(
                        source,
                        $"mirror_pairs[{p}]",
                        $"joint '{format.JointNames[joint]}' already appears in mirror_pairs[{pairOf[joint]}]; a flip must swap each joint with exactly one twin");
                }
            }
        }

        var mirror = Enumerable.Range(0, format.JointCount).ToArray();
        foreach (var (left, right) in format.MirrorPairs)
        {
            (mirror[left], mirror[right]) = (right, left);
        }

        if (mirror[format.Center] != format.Center)
        {
            throw new SkeletonFormatException(
                source, "mirror_pairs", $"the centre joint '{format.JointNames[format.Center]}' must map to itself under the flip");
        }

        var edgeSet = format.Edges.Select(e => (Math.Min(e.First, e.Second), Math.Max(e.First, e.Second))).ToHashSet();
        for (var e = 0; e < format.Edges.Count; e++)
        {
            var (a, b) = (mirror[format.Edges[e].First], mirror[format.Edges[e].Second]);
            if (!edgeSet.Contains((Math.Min(a, b), Math.Max(a, b))))
            {
                throw new SkeletonFormatException(
                    source,
                    "mirror_pairs",
                    $"not symmetric: edges[{e}] ({format.JointNames[format.Edges[e].First]}, {format.JointNames[format.Edges[e].Second]}) " +
                    $"mirrors to ({format.JointNames[a]}, {format.JointNames[b]}), which is not an edge");
            }
        }
    }

    private static void CheckIndex(SkeletonFormat format, string source, string field, int index)
    {
        if (index < 0 || index >= format.JointCount)
        {
            throw new SkeletonFormatException(
                source, field, $"joint index {index} is out of range; expected 0..{format.JointCount - 1}");
        }
    }
}
