namespace MsClr.Kit.Skeletons;

/// <summary>
/// The one definition of a skeleton convention: joint names, 0-based edges, centre joint, left/right mirror pairs and
/// the unit its source data comes in. Everything else (graphs, flips, bones, padding) is derived from it.
/// </summary>
/// <remarks>
/// Instances are validated on construction; an invalid definition throws <see cref="SkeletonFormatException"/> naming
/// the field. Two formats are equal when every field is equal element by element.
/// </remarks>
public sealed record SkeletonFormat
{
    private readonly string[] _jointNames;
    private readonly JointPair[] _edges;
    private readonly JointPair[] _mirrorPairs;
    private readonly Dictionary<string, int> _indexByName;

    /// <summary>Creates and validates a format.</summary>
    /// <param name="name">Format name, e.g. <c>smplx_42</c>.</param>
    /// <param name="jointNames">Joint names in data order; the index of a name is its joint index.</param>
    /// <param name="edges">Graph edges as 0-based (first, second) pairs in the official order; self-links are implicit.</param>
    /// <param name="center">0-based centre joint of the spatial partition.</param>
    /// <param name="mirrorPairs">(left, right) pairs swapped by a left/right flip; unlisted joints map to themselves.</param>
    /// <param name="nativeUnit">The unit the format's source data is stored in.</param>
    /// <param name="source">Where the definition came from, used in error messages (a file path or "built-in").</param>
    public SkeletonFormat(
        string name,
        IEnumerable<string> jointNames,
        IEnumerable<JointPair> edges,
        int center,
        IEnumerable<JointPair> mirrorPairs,
        LengthUnit nativeUnit,
        string source = "built-in")
    {
        Name = name;
        _jointNames = jointNames.ToArray();
        _edges = edges.ToArray();
        _mirrorPairs = mirrorPairs.ToArray();
        Center = center;
        NativeUnit = nativeUnit;
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        SkeletonFormatValidator.Validate(this, source, _indexByName);
        FlipPermutation = BuildFlipPermutation(_jointNames.Length, _mirrorPairs);
    }

    /// <summary>Format name as the official code spells it (<c>ntu-rgb+d</c>, <c>smpl_24</c>, ...).</summary>
    public string Name { get; }

    /// <summary>Joint names; index i is joint i.</summary>
    public IReadOnlyList<string> JointNames => _jointNames;

    /// <summary>Graph edges, 0-based, in the official order (which the bone stream depends on).</summary>
    public IReadOnlyList<JointPair> Edges => _edges;

    /// <summary>0-based centre joint of the spatial partition.</summary>
    public int Center { get; }

    /// <summary>(left, right) joint pairs exchanged by a left/right flip.</summary>
    public IReadOnlyList<JointPair> MirrorPairs => _mirrorPairs;

    /// <summary>The unit this format's source data is stored in.</summary>
    public LengthUnit NativeUnit { get; }

    /// <summary>Number of joints V.</summary>
    public int JointCount => _jointNames.Length;

    /// <summary>Length-V permutation p with flipped[v] = x[p[v]]; an involution built from <see cref="MirrorPairs"/>.</summary>
    public IReadOnlyList<int> FlipPermutation { get; }

    /// <summary>The 0-based index of the joint called <paramref name="jointName"/>.</summary>
    /// <exception cref="KeyNotFoundException">No joint has that name.</exception>
    public int JointIndex(string jointName) =>
        _indexByName.TryGetValue(jointName, out var index)
            ? index
            : throw new KeyNotFoundException($"format '{Name}' has no joint named '{jointName}'");

    /// <summary>Whether a joint called <paramref name="jointName"/> exists, and its index.</summary>
    public bool TryGetJointIndex(string jointName, out int index) => _indexByName.TryGetValue(jointName, out index);

    /// <summary>Value equality over every field, element by element.</summary>
    public bool Equals(SkeletonFormat? other) =>
        other is not null
        && Name == other.Name
        && Center == other.Center
        && NativeUnit == other.NativeUnit
        && _jointNames.SequenceEqual(other._jointNames)
        && _edges.SequenceEqual(other._edges)
        && _mirrorPairs.SequenceEqual(other._mirrorPairs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, JointCount, _edges.Length, Center, NativeUnit);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({JointCount} joints, {_edges.Length} edges)";

    private static int[] BuildFlipPermutation(int jointCount, IEnumerable<JointPair> mirrorPairs)
    {
        var permutation = Enumerable.Range(0, jointCount).ToArray();
        foreach (var (left, right) in mirrorPairs)
        {
            permutation[left] = right;
            permutation[right] = left;
        }

        return permutation;
    }
}
