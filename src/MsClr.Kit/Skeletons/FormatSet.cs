using System.Collections;

namespace MsClr.Kit.Skeletons;

/// <summary>
/// An ordered set of formats trained or evaluated together. Data and adjacency of every member are zero-padded on the
/// joint axis to <see cref="MaxJoints"/> (V_max), real joints first, as the official multi-skeleton encoder does.
/// </summary>
public sealed class FormatSet : IReadOnlyList<SkeletonFormat>
{
    private readonly SkeletonFormat[] _formats;

    /// <summary>Creates the set; names must be unique and the order is kept.</summary>
    public FormatSet(IEnumerable<SkeletonFormat> formats)
    {
        _formats = formats.ToArray();
        if (_formats.Length == 0)
        {
            throw new ArgumentException("a format set needs at least one format", nameof(formats));
        }

        var duplicate = _formats.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"format '{duplicate.Key}' is listed more than once", nameof(formats));
        }

        MaxJoints = _formats.Max(f => f.JointCount);
    }

    /// <summary>Creates the set from formats given in order.</summary>
    public FormatSet(params SkeletonFormat[] formats)
        : this((IEnumerable<SkeletonFormat>)formats)
    {
    }

    /// <summary>V_max: the largest joint count of the members.</summary>
    public int MaxJoints { get; }

    /// <summary>The first member with <see cref="MaxJoints"/> joints (upstream tie rule).</summary>
    public SkeletonFormat Largest => _formats.First(f => f.JointCount == MaxJoints);

    /// <inheritdoc />
    public int Count => _formats.Length;

    /// <inheritdoc />
    public SkeletonFormat this[int index] => _formats[index];

    /// <summary>The member called <paramref name="name"/>.</summary>
    public SkeletonFormat this[string name] =>
        _formats.FirstOrDefault(f => f.Name == name)
        ?? throw new KeyNotFoundException($"format '{name}' is not in this set ({string.Join(", ", _formats.Select(f => f.Name))})");

    /// <summary>Index of <paramref name="format"/> in the set.</summary>
    public int IndexOf(SkeletonFormat format)
    {
        var index = Array.FindIndex(_formats, f => f.Equals(format));
        return index >= 0 ? index : throw new KeyNotFoundException($"format '{format.Name}' is not in this set");
    }

    /// <summary>The member's adjacency zero-padded to [K, V_max, V_max].</summary>
    public Adjacency PaddedAdjacency(SkeletonFormat format, GraphStrategy strategy = GraphStrategy.Spatial) =>
        SkeletonGraph.Build(Member(format), strategy).PadTo(MaxJoints);

    /// <summary>Joint mask of length V_max: true for the member's real joints (0..V_s−1), false for padding.</summary>
    public bool[] JointMask(SkeletonFormat format) =>
        Enumerable.Range(0, MaxJoints).Select(v => v < Member(format).JointCount).ToArray();

    /// <inheritdoc />
    public IEnumerator<SkeletonFormat> GetEnumerator() => ((IEnumerable<SkeletonFormat>)_formats).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _formats.Select(f => f.Name))}] (V_max {MaxJoints})";

    private SkeletonFormat Member(SkeletonFormat format) => _formats[IndexOf(format)];
}
