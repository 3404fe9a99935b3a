using MsClr.Kit.Skeletons;
using Plotly.NET;
using Plotly.NET.CSharp;
using CChart = Plotly.NET.CSharp.Chart;

namespace MsClr.Kit.Plots;

/// <summary>
/// A format's adjacency stack (K, V, V) as K heatmaps side by side (root, centripetal, centrifugal for the spatial
/// strategy); row j, column i is the weight of the message from joint j to joint i, joints named on both axes. Rows
/// run top-down as in a matrix; the chart fits a 1400-px page (<see cref="SkeletonFormatsFigure.MaxWidth"/>) and grows
/// <see cref="PixelsPerJoint"/> per joint in height, so every joint's name shows; only the first heatmap repeats
/// them on its left, where they cannot run into the neighbouring heatmap.
/// </summary>
public static class AdjacencyPartitionsChart
{
    /// <summary>Vertical space per joint row, in pixels (the tick font is 12 px).</summary>
    public const int PixelsPerJoint = 16;

    /// <summary>Builds a fresh chart of <paramref name="format"/>'s graph under <paramref name="strategy"/>.</summary>
    public static GenericChart Build(SkeletonFormat format, GraphStrategy strategy = GraphStrategy.Spatial)
    {
        ArgumentNullException.ThrowIfNull(format);
        var stack = SkeletonGraph.Build(format, strategy);
        string[] names = [.. format.JointNames];
        var titles = Enumerable.Range(0, stack.Partitions).Select(k => SkeletonGraph.PartitionName(k, stack.Partitions)).ToArray();
        var maps = Enumerable.Range(0, stack.Partitions).Select(k =>
        {
            var z = Enumerable.Range(0, stack.Joints).Select(j => Enumerable.Range(0, stack.Joints).Select(i => (double)stack[k, j, i]).ToArray()).ToArray();
            return CChart.Heatmap<double, string, string, string>(zData: z, X: names, Y: names, Name: titles[k], ShowScale: k == 0);
        }).ToArray();
        var chart = CChart.Grid(maps, 1, stack.Partitions, SubPlotTitles: titles)
            .WithSize(Math.Min(SkeletonFormatsFigure.MaxWidth, Math.Max(600, 420 * stack.Partitions)), Math.Max(480, 200 + (PixelsPerJoint * stack.Joints)));
        for (var k = 0; k < stack.Partitions; k++)
        {
            var axis = k == 0 ? "yaxis" : $"yaxis{k + 1}";
            ChartStyle.WithAxisProperty(chart, axis, "autorange", "reversed");
            ChartStyle.WithAxisProperty(chart, axis, "showticklabels", k == 0);
        }

        return ChartStyle.Titled(chart, $"{format.Name}: {strategy.ToString().ToLowerInvariant()} adjacency partitions (row = from joint, column = to joint)");
    }
}
