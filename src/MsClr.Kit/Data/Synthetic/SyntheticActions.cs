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

/// <summary>
/// The synthetic action classes in label order: 13 full-body actions, 16 fine-grained hand/head actions, 6 two-person
/// interactions and 14 classes that differ from another only in order, direction or rhythm. Each is a procedural motion over normalised time (joint-angle curves, hand targets and a root trajectory).
/// </summary>
public static class SyntheticActions
{
    /// <summary>Every class; <c>All[i].Index == i</c> is the label of its samples.</summary>
    public static IReadOnlyList<SyntheticAction> All { get; } =
        Array.AsReadOnly(ActionCatalog.Entries.Select((e, i) => new SyntheticAction(i, e.Name, e.Kind)).ToArray());

    /// <summary>Number of classes.</summary>
    public static int Count => All.Count;

    /// <summary>The class called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No class has that name; the message lists the names.</exception>
    public static SyntheticAction Get(string name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"no synthetic action named '{name}'; expected one of {string.Join(", ", All.Select(a => a.Name))}");

    /// <summary>The classes of one kind, in label order.</summary>
    public static IReadOnlyList<SyntheticAction> OfKind(SyntheticActionKind kind) => All.Where(a => a.Kind == kind).ToArray();
}
