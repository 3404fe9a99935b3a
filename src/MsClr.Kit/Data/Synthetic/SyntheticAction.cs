namespace MsClr.Kit.Data.Synthetic;

/// <summary>One synthetic action class.</summary>
/// <param name="Index">0-based class index, the <see cref="SkeletonSample.Label"/> of its samples.</param>
/// <param name="Name">Short English name, e.g. <c>thumbs up</c>.</param>
/// <param name="Kind">Full body, fine-grained hand/head, or two-person interaction.</param>
public sealed record SyntheticAction(int Index, string Name, SyntheticActionKind Kind)
{
    /// <summary>Persons taking part: 2 for interactions, otherwise 1 (the second slot stays zero).</summary>
    public int Persons => Kind == SyntheticActionKind.Interaction ? 2 : 1;
}
