using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Plots;
using MsClr.Kit.Skeletons;
using Plotly.NET;
using Plotly.NET.CSharp;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Teaching;

/// <summary>Figure 3 and the skeleton-format tables, one call per notebook cell.</summary>
public static class FormatGallery
{
    /// <summary>
    /// Figure 3: the middle frame of the first synthetic clip of <paramref name="budget"/>'s benchmark in the four
    /// built-in formats, side by side in 3D. The clip is rendered without estimator noise, so the formats differ only
    /// in which joints they record.
    /// </summary>
    public static GenericChart Figure3(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var config = TeachingData.Config(budget);
        var poses = SkeletonFormats.All
            .Select(format => (format, TeachingData.MiddleFrame(SyntheticDataset.RenderClean(config, 0, format))))
            .ToArray();
        var action = SyntheticActions.All[SyntheticDataset.RenderClean(config, 0, SkeletonFormats.NtuRgbD).Label].Name;
        return SkeletonFormatsFigure.Build(poses, $"Figure 3: one synthetic motion ({action}) in four skeleton formats");
    }

    /// <summary>One row per built-in format: joints, edges, centre, unit, mirror pairs and graph components.</summary>
    public static DataFrame Table() => Table(SkeletonFormats.All);

    /// <summary>One row per format in <paramref name="formats"/> (see <see cref="Table()"/>).</summary>
    public static DataFrame Table(IReadOnlyList<SkeletonFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        return new DataFrame(
            new StringDataFrameColumn("format", formats.Select(f => f.Name)),
            new Int32DataFrameColumn("joints", formats.Select(f => f.JointCount)),
            new Int32DataFrameColumn("edges", formats.Select(f => f.Edges.Count)),
            new StringDataFrameColumn("centre", formats.Select(f => f.JointNames[f.Center])),
            new StringDataFrameColumn("unit", formats.Select(f => f.NativeUnit.Symbol())),
            new Int32DataFrameColumn("mirror pairs", formats.Select(f => f.MirrorPairs.Count)),
            new Int32DataFrameColumn("components", formats.Select(f => SkeletonGraph.ConnectedComponents(f).Count)));
    }

    /// <summary>
    /// The spatial-strategy adjacency of a format as K heatmaps (root, centripetal, centrifugal); row j, column i is the
    /// weight of the message from joint j to joint i.
    /// </summary>
    /// <param name="format">A built-in format name or a format JSON path.</param>
    public static GenericChart Partitions(string format)
    {
        var resolved = SkeletonFormats.Resolve(format);
        var stack = SkeletonGraph.Build(resolved, GraphStrategy.Spatial);
        string[] names = [.. resolved.JointNames];
        var maps = Enumerable.Range(0, stack.Partitions).Select(k =>
        {
            var z = Enumerable.Range(0, stack.Joints).Select(j => Enumerable.Range(0, stack.Joints).Select(i => (double)stack[k, j, i]).ToArray()).ToArray();
            return CChart.Heatmap<double, string, string, string>(zData: z, X: names, Y: names, Name: PartitionName(k, stack.Partitions), ShowScale: k == 0);
        }).ToArray();
        var titles = Enumerable.Range(0, stack.Partitions).Select(k => PartitionName(k, stack.Partitions)).ToArray();
        var chart = CChart.Grid(maps, 1, stack.Partitions, SubPlotTitles: titles).WithSize(Math.Max(600, 420 * stack.Partitions), 480);
        return Plotly.NET.Chart.withTitle($"{resolved.Name}: spatial adjacency partitions (row = from joint, column = to joint)", null).Invoke(chart);
    }

    /// <summary>Nonzeros and sum of each spatial partition of <paramref name="format"/> (the K columns add up to the joint count).</summary>
    /// <param name="format">A built-in format name or a format JSON path.</param>
    public static DataFrame PartitionTotals(string format)
    {
        var resolved = SkeletonFormats.Resolve(format);
        var stack = SkeletonGraph.Build(resolved, GraphStrategy.Spatial);
        var ks = Enumerable.Range(0, stack.Partitions).ToArray();
        var values = ks.Select(k => Enumerable.Range(0, stack.Joints * stack.Joints).Select(n => stack[k, n / stack.Joints, n % stack.Joints]).ToArray()).ToArray();
        return new DataFrame(
            new Int32DataFrameColumn("k", ks),
            new StringDataFrameColumn("partition", ks.Select(k => PartitionName(k, stack.Partitions))),
            new Int32DataFrameColumn("nonzeros", values.Select(v => v.Count(x => x != 0))),
            new DoubleDataFrameColumn("sum", values.Select(v => Math.Round(v.Sum(x => (double)x), 4))));
    }

    private static string PartitionName(int k, int count) => (k, count) switch
    {
        (0, 3) => "root",
        (1, 3) => "centripetal",
        (2, 3) => "centrifugal",
        _ => $"partition {k}",
    };
}
