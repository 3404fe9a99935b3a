namespace MsClr.Kit.Skeletons;

/// <summary>An ordered pair of 0-based joint indices: a graph edge (first, second) or a mirror pair (left, right).</summary>
/// <remarks>For edges the order is the official one: the bone stream writes
/// <c>bone[First] = x[First] - x[Second]</c>.</remarks>
public readonly record struct JointPair(int First, int Second)
{
    /// <inheritdoc />
    public override string ToString() => $"({First}, {Second})";
}
