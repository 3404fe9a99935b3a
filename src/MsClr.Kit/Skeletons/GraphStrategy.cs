namespace MsClr.Kit.Skeletons;

/// <summary>ST-GCN partition strategies (Yan et al. 2018), as in the upstream <c>graph.py</c>.</summary>
public enum GraphStrategy
{
    /// <summary>One partition: the normalised adjacency (K = 1).</summary>
    Uniform,

    /// <summary>One partition per hop distance 0..max_hop (K = max_hop + 1 with dilation 1).</summary>
    Distance,

    /// <summary>Root, centripetal and centrifugal partitions relative to the centre joint (K = 3 with max_hop 1).</summary>
    Spatial,
}
