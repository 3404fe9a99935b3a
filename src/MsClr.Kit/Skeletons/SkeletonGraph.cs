namespace MsClr.Kit.Skeletons;

/// <summary>
/// ST-GCN graph construction exactly as the upstream <c>net/utils/graph.py</c> (used unchanged by AimCLR and MS-CLR).
/// </summary>
/// <remarks>
/// Hop distances are capped at <c>maxHop</c>: anything farther is +∞, and ∞ == ∞ counts as "same distance to the
/// centre". With the default max_hop 1 the spatial partition is therefore centripetal/centrifugal only within the
/// centre's 1-ring: partition 0 holds the self-links, partition 2 only the centre's outward links, and every other
/// link (including those between joints that cannot reach the centre) lands in partition 1 with the centripetal
/// ones. A true BFS distance would give a different adjacency, so it is deliberately not used.
/// </remarks>
public static class SkeletonGraph
{
    /// <summary>Builds the [K, V, V] adjacency of <paramref name="format"/>.</summary>
    /// <param name="format">The skeleton format.</param>
    /// <param name="strategy">Partition strategy.</param>
    /// <param name="maxHop">Largest hop distance that counts as connected (upstream default 1).</param>
    /// <param name="dilation">Step between the hop distances used (upstream default 1).</param>
    public static Adjacency Build(SkeletonFormat format, GraphStrategy strategy = GraphStrategy.Spatial, int maxHop = 1, int dilation = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHop);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dilation);
        var v = format.JointCount;
        var hop = HopDistances(format, maxHop);
        var validHops = Enumerable.Range(0, maxHop + 1).Where(h => h % dilation == 0).ToArray();

        var connected = new double[v, v];
        for (var j = 0; j < v; j++)
        {
            for (var i = 0; i < v; i++)
            {
                connected[j, i] = validHops.Contains(hop[j, i]) ? 1 : 0;
            }
        }

        var normalised = NormaliseColumns(connected);
        var partitions = strategy switch
        {
            GraphStrategy.Uniform => [normalised],
            GraphStrategy.Distance => validHops.Select(h => Where(normalised, (j, i) => hop[j, i] == h)).ToList(),
            GraphStrategy.Spatial => SpatialPartitions(normalised, hop, validHops, format.Center),
            _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "unknown graph strategy"),
        };

        var values = new float[partitions.Count * v * v];
        for (var k = 0; k < partitions.Count; k++)
        {
            for (var j = 0; j < v; j++)
            {
                for (var i = 0; i < v; i++)
                {
                    values[(k * v + j) * v + i] = (float)partitions[k][j, i];
                }
            }
        }

        return new Adjacency(partitions.Count, v, values);
    }

    /// <summary>Hop distance between every pair of joints, capped: distances above <paramref name="maxHop"/> are
    /// <see cref="int.MaxValue"/> (upstream: +∞). Shape [V, V], symmetric, 0 on the diagonal.</summary>
    public static int[,] HopDistances(SkeletonFormat format, int maxHop = 1)
    {
        var v = format.JointCount;
        var neighbours = Neighbours(format);
        var hop = new int[v, v];
        for (var source = 0; source < v; source++)
        {
            for (var target = 0; target < v; target++)
            {
                hop[source, target] = int.MaxValue;
            }

            hop[source, source] = 0;
            var frontier = new List<int> { source };
            for (var distance = 1; distance <= maxHop && frontier.Count > 0; distance++)
            {
                var next = new List<int>();
                foreach (var node in frontier)
                {
                    foreach (var neighbour in neighbours[node].Where(n => hop[source, n] == int.MaxValue))
                    {
                        hop[source, neighbour] = distance;
                        next.Add(neighbour);
                    }
                }

                frontier = next;
            }
        }

        return hop;
    }

    /// <summary>The connected components of the format's graph, each a sorted list of 0-based joints, ordered by smallest joint.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> ConnectedComponents(SkeletonFormat format)
    {
        var neighbours = Neighbours(format);
        var component = Enumerable.Repeat(-1, format.JointCount).ToArray();
        var components = new List<IReadOnlyList<int>>();
        for (var start = 0; start < format.JointCount; start++)
        {
            if (component[start] >= 0)
            {
                continue;
            }

            var members = new List<int>();
            var stack = new Stack<int>([start]);
            component[start] = components.Count;
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                members.Add(node);
                foreach (var neighbour in neighbours[node].Where(n => component[n] < 0))
                {
                    component[neighbour] = components.Count;
                    stack.Push(neighbour);
                }
            }

            members.Sort();
            components.Add(members);
        }

        return components;
    }

    private static List<int>[] Neighbours(SkeletonFormat format)
    {
        var neighbours = Enumerable.Range(0, format.JointCount).Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in format.Edges)
        {
            neighbours[a].Add(b);
            neighbours[b].Add(a);
        }

        return neighbours;
    }

    // Upstream normalize_digraph: column i is divided by its sum (the in-degree of target node i, self included).
    private static double[,] NormaliseColumns(double[,] adjacency)
    {
        var v = adjacency.GetLength(0);
        var result = new double[v, v];
        for (var i = 0; i < v; i++)
        {
            double degree = 0;
            for (var j = 0; j < v; j++)
            {
                degree += adjacency[j, i];
            }

            for (var j = 0; j < v; j++)
            {
                result[j, i] = degree > 0 ? adjacency[j, i] / degree : 0;
            }
        }

        return result;
    }

    private static List<double[,]> SpatialPartitions(double[,] normalised, int[,] hop, int[] validHops, int center)
    {
        var result = new List<double[,]>();
        foreach (var h in validHops)
        {
            // int.MaxValue stands for +∞; like numpy, ∞ == ∞ is "equal" and ∞ > 1 is "farther".
            var root = Where(normalised, (j, i) => hop[j, i] == h && hop[j, center] == hop[i, center]);
            var close = Where(normalised, (j, i) => hop[j, i] == h && hop[j, center] > hop[i, center]);
            var further = Where(normalised, (j, i) => hop[j, i] == h && hop[j, center] < hop[i, center]);
            if (h == 0)
            {
                result.Add(root);
            }
            else
            {
                result.Add(Add(root, close));
                result.Add(further);
            }
        }

        return result;
    }

    private static double[,] Where(double[,] source, Func<int, int, bool> keep)
    {
        var v = source.GetLength(0);
        var result = new double[v, v];
        for (var j = 0; j < v; j++)
        {
            for (var i = 0; i < v; i++)
            {
                result[j, i] = keep(j, i) ? source[j, i] : 0;
            }
        }

        return result;
    }

    private static double[,] Add(double[,] a, double[,] b)
    {
        var v = a.GetLength(0);
        var result = new double[v, v];
        for (var j = 0; j < v; j++)
        {
            for (var i = 0; i < v; i++)
            {
                result[j, i] = a[j, i] + b[j, i];
            }
        }

        return result;
    }

    /// <summary>The name of partition <paramref name="k"/> of a stack of <paramref name="count"/>: root, centripetal and
    /// centrifugal for the spatial strategy's three, <c>partition k</c> otherwise.</summary>
    public static string PartitionName(int k, int count) => (k, count) switch
    {
        (0, 3) => "root",
        (1, 3) => "centripetal",
        (2, 3) => "centrifugal",
        _ => $"partition {k}",
    };
}
