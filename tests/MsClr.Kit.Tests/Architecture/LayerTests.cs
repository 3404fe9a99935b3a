using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Architecture;

/// <summary>
/// The library's layers depend one way: Skeletons → Data → Models → Training → Evaluation → Experiments →
/// Reporting/Plots, with IO and Runtime at the bottom. Checked over the compiled assembly's type references
/// (<see cref="TypeReferenceGraph"/>), so a reference in a method body counts as much as one in a signature.
/// </summary>
public sealed class LayerTests
{
    /// <summary>
    /// Each layer (the namespace segment after <c>MsClr.Kit</c>) and its rank: a type may refer to types of its own layer
    /// and of layers of lower rank only. Layers of equal rank (IO and Runtime; Reporting and Plots) do not refer to each other.
    /// Interactive (the notebooks' kernel integration) sits above everything.
    /// </summary>
    private static readonly Dictionary<string, int> Ranks = new(StringComparer.Ordinal)
    {
        ["IO"] = 0,
        ["Runtime"] = 0,
        ["Skeletons"] = 1,
        ["Data"] = 2,
        ["Models"] = 3,
        ["Training"] = 4,
        ["Evaluation"] = 5,
        ["Experiments"] = 6,
        ["Reporting"] = 7,
        ["Plots"] = 7,
        ["Interactive"] = 8,
    };

    [Fact]
    public void KitAssembly_EveryTypeReference_PointsToItsOwnLayerOrALowerOne()
    {
        var edges = TypeReferenceGraph.Edges(typeof(SkeletonFormat).Assembly.Location)
            .Where(e => IsKitType(e.From) && IsKitType(e.To))
            .ToList();

        var backEdges = edges
            .Where(e => Layer(e.From) != Layer(e.To) && Rank(e.From) <= Rank(e.To))
            .Select(e => $"{e.From} ({Layer(e.From)}) → {e.To} ({Layer(e.To)})")
            .ToList();

        Assert.True(backEdges.Count == 0,
            $"{backEdges.Count} reference(s) against the layer order IO/Runtime < Skeletons < Data < Models < Training < Evaluation < Experiments < Reporting/Plots:\n"
            + string.Join('\n', backEdges));
    }

    [Fact]
    public void KitAssembly_EveryType_LivesInAKnownLayer()
    {
        var unplaced = TypeReferenceGraph.Edges(typeof(SkeletonFormat).Assembly.Location)
            .SelectMany(e => new[] { e.From, e.To })
            .Where(IsKitType)
            .Distinct()
            .Where(name => !Ranks.ContainsKey(Layer(name)))
            .ToList();

        Assert.True(unplaced.Count == 0, "types outside every layer (namespace MsClr.Kit.<layer>…): " + string.Join(", ", unplaced));
    }

    [Fact]
    public void TypeReferenceGraph_ReferenceOnlyInsideAMethodBody_IsAnEdge()
    {
        var edges = TypeReferenceGraph.Edges(typeof(LayerTests).Assembly.Location);

        Assert.Contains((typeof(BodyOnlyReference).FullName!, typeof(BodyOnlyTarget).FullName!), edges);
        Assert.Contains((typeof(BodyOnlyReference).FullName!, typeof(LambdaOnlyTarget).FullName!), edges);
        Assert.DoesNotContain(edges, e => e.From == typeof(BodyOnlyTarget).FullName && e.To == typeof(BodyOnlyReference).FullName);
    }

    private static bool IsKitType(string fullName) => fullName.StartsWith("MsClr.Kit.", StringComparison.Ordinal);

    // A type outside every layer fails KitAssembly_EveryType_LivesInAKnownLayer; here it ranks below all (its own references count).
    private static int Rank(string fullName) => Ranks.TryGetValue(Layer(fullName), out var rank) ? rank : -1;

    private static string Layer(string fullName)
    {
        var parts = fullName.Split('.');
        return parts.Length > 3 ? parts[2] : "(root namespace MsClr.Kit)";
    }
}

/// <summary>Refers to <see cref="BodyOnlyTarget"/> and <see cref="LambdaOnlyTarget"/> only inside method bodies (a call, a lambda).</summary>
internal static class BodyOnlyReference
{
    public static int Count() => BodyOnlyTarget.Value() + new[] { 1 }.Select(i => LambdaOnlyTarget.Twice(i)).Sum();
}

internal static class BodyOnlyTarget
{
    public static int Value() => 1;
}

internal static class LambdaOnlyTarget
{
    public static int Twice(int value) => 2 * value;
}
