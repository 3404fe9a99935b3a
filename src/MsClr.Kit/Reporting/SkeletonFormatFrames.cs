using Microsoft.Data.Analysis;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Reporting;

/// <summary>Skeleton formats and their graphs as DataFrames.</summary>
public static class SkeletonFormatFrames
{
    /// <summary>One row per format: <c>format, joints, edges, centre, unit, mirror pairs, components</c> (connected pieces of its graph).</summary>
    public static DataFrame Summary(IEnumerable<SkeletonFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var list = formats.ToArray();
        return new DataFrame(
            new StringDataFrameColumn("format", list.Select(f => f.Name)),
            new Int32DataFrameColumn("joints", list.Select(f => f.JointCount)),
            new Int32DataFrameColumn("edges", list.Select(f => f.Edges.Count)),
            new StringDataFrameColumn("centre", list.Select(f => f.JointNames[f.Center])),
            new StringDataFrameColumn("unit", list.Select(f => f.NativeUnit.Symbol())),
            new Int32DataFrameColumn("mirror pairs", list.Select(f => f.MirrorPairs.Count)),
            new Int32DataFrameColumn("components", list.Select(f => SkeletonGraph.ConnectedComponents(f).Count)));
    }

    /// <summary>Nonzeros and sum of each partition of <paramref name="adjacency"/>: <c>k, partition, nonzeros, sum</c>; with the
    /// spatial strategy the sums add up to the joint count (each column of the stack is normalised to 1).</summary>
    public static DataFrame PartitionTotals(Adjacency adjacency)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var ks = Enumerable.Range(0, adjacency.Partitions).ToArray();
        var values = ks.Select(k => Enumerable.Range(0, adjacency.Joints * adjacency.Joints).Select(n => adjacency[k, n / adjacency.Joints, n % adjacency.Joints]).ToArray()).ToArray();
        return new DataFrame(
            new Int32DataFrameColumn("k", ks),
            new StringDataFrameColumn("partition", ks.Select(k => SkeletonGraph.PartitionName(k, adjacency.Partitions))),
            new Int32DataFrameColumn("nonzeros", values.Select(v => v.Count(x => x != 0))),
            new DoubleDataFrameColumn("sum", values.Select(v => Math.Round(v.Sum(x => (double)x), 4))));
    }
}
