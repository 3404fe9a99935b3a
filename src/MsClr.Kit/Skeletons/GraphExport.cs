using System.Text.Json;

namespace MsClr.Kit.Skeletons;

/// <summary>
/// A format and its adjacency as one JSON document, so the graph can be compared with any other implementation:
/// <c>{name, joints, edges, center, strategy, unit, mirror_pairs, A}</c> with 0-based indices and A as [K][V][V].
/// </summary>
public static class GraphExport
{
    /// <summary>Serialises <paramref name="format"/> and its <paramref name="strategy"/> adjacency (max_hop 1, dilation 1).</summary>
    public static string ToJson(SkeletonFormat format, GraphStrategy strategy = GraphStrategy.Spatial, bool indented = false)
    {
        var adjacency = SkeletonGraph.Build(format, strategy);
        var document = new Dictionary<string, object>
        {
            ["name"] = format.Name,
            ["joints"] = format.JointNames,
            ["edges"] = format.Edges.Select(e => new[] { e.First, e.Second }).ToArray(),
            ["center"] = format.Center,
            ["strategy"] = strategy.ToString().ToLowerInvariant(),
            ["unit"] = format.NativeUnit.Symbol(),
            ["mirror_pairs"] = format.MirrorPairs.Select(p => new[] { p.First, p.Second }).ToArray(),
            ["A"] = adjacency.ToNestedArrays(),
        };
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = indented });
    }
}
