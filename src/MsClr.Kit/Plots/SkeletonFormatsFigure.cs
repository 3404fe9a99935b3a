using Plotly.NET;
using Plotly.NET.CSharp;
using Plotly.NET.LayoutObjects;
using MsClr.Kit.Skeletons;
using CChart = Plotly.NET.CSharp.Chart;
using FChart = Plotly.NET.Chart;

namespace MsClr.Kit.Plots;

/// <summary>
/// Figure 3 of the paper: one pose written in several skeleton formats, side by side, one 3D scene per format. Bones are
/// drawn from <see cref="SkeletonFormat.Edges"/>; joints are blue on the left, red on the right and grey in the centre.
/// </summary>
/// <remarks>
/// Each scene holds four traces in this order: <c>bones</c> (one line trace, a segment per edge separated by nulls),
/// <c>left</c>, <c>right</c> and <c>centre</c> joints. Left and right come from <see cref="SkeletonFormat.MirrorPairs"/>
/// (first, second); a joint the <see cref="SkeletonFormat.FlipPermutation"/> maps to itself is a centre joint. Scenes keep
/// metres at equal scale on every axis, with y up and the camera on the Kinect sensor's side (z grows away from it).
/// </remarks>
public static class SkeletonFormatsFigure
{
    /// <summary>The widest figure in pixels: four scenes and the legend fit a notebook or report column at 1400 px.</summary>
    public const int MaxWidth = 1060;

    private static readonly (string Name, string Colour)[] Sides = [("left", ChartStyle.Left), ("right", ChartStyle.Right), ("centre", ChartStyle.Neutral)];

    /// <summary>Builds a fresh figure, formats in the order given, each scene titled by its format's name.</summary>
    /// <param name="poses">Per format its definition and one frame as V·3 floats, (V, 3) row-major, metres; a non-finite coordinate hides the joint.</param>
    /// <param name="title">Figure title.</param>
    /// <exception cref="ArgumentException">No pose is given, or a pose does not hold <c>3 · JointCount</c> values.</exception>
    public static GenericChart Build(IReadOnlyList<(SkeletonFormat Format, float[] Xyz)> poses, string title = "One pose in several skeleton formats")
    {
        ArgumentNullException.ThrowIfNull(poses);
        return Build(poses.Select(p => (p.Format?.Name ?? "", p.Format!, p.Xyz)).ToArray(), title);
    }

    /// <summary>Builds a fresh figure, scenes in the order given, each with its own subplot title (e.g. <c>normal view</c>).</summary>
    /// <param name="poses">Per scene its title, format and one frame as V·3 floats (see the other overload).</param>
    /// <param name="title">Figure title.</param>
    /// <exception cref="ArgumentException">No pose is given, or a pose does not hold <c>3 · JointCount</c> values.</exception>
    public static GenericChart Build(IReadOnlyList<(string Title, SkeletonFormat Format, float[] Xyz)> poses, string title)
    {
        ArgumentNullException.ThrowIfNull(poses);
        if (poses.Count == 0)
        {
            throw new ArgumentException("expected at least one (format, pose)", nameof(poses));
        }

        for (var f = 0; f < poses.Count; f++)
        {
            var (_, format, xyz) = poses[f];
            ArgumentNullException.ThrowIfNull(format, $"{nameof(poses)}[{f}].Format");
            if (xyz is null || xyz.Length != 3 * format.JointCount)
            {
                throw new ArgumentException(
                    $"{nameof(poses)}[{f}] ({format.Name}): expected {3 * format.JointCount} values ({format.JointCount} joints × 3), got {xyz?.Length.ToString() ?? "null"}",
                    nameof(poses));
            }
        }

        var scenes = poses.Select((p, f) => Scene(p.Format, p.Xyz, showLegend: f == 0)).ToArray();
        var chart = CChart.Grid(scenes, 1, poses.Count, SubPlotTitles: poses.Select(p => p.Title).ToArray())
            .WithSize(Width(poses.Count), 520);
        return ChartStyle.Titled(chart, title);
    }

    /// <summary>340 px per scene (at least 500), at most <see cref="MaxWidth"/>; beyond that the scenes share it.</summary>
    internal static int Width(int scenes) => Math.Min(MaxWidth, Math.Max(500, 340 * scenes));

    private static GenericChart Scene(SkeletonFormat format, float[] xyz, bool showLegend)
    {
        double? Coordinate(int joint, int axis) => float.IsFinite(xyz[(3 * joint) + axis]) ? xyz[(3 * joint) + axis] : null;
        object?[] Axis(IEnumerable<int?> joints, int axis) => joints.Select(j => j is { } v ? (object?)Coordinate(v, axis) : null).ToArray();

        var segments = format.Edges.SelectMany(e => new int?[] { e.First, e.Second, null }).ToArray();
        var traces = new List<GenericChart> { Trace(format, "bones", ChartStyle.Bone, segments, Axis, StyleParam.Mode.Lines, showLegend) };
        var side = Side(format);
        for (var s = 0; s < Sides.Length; s++)
        {
            var joints = Enumerable.Range(0, format.JointCount).Where(v => side[v] == s).Select(v => (int?)v).ToArray();
            traces.Add(Trace(format, Sides[s].Name, Sides[s].Colour, joints, Axis, StyleParam.Mode.Markers, showLegend));
        }

        return FChart.withScene(SceneStyle(), null).Invoke(CChart.Combine(traces));
    }

    private static GenericChart Trace(
        SkeletonFormat format, string name, string colour, int?[] joints, Func<IEnumerable<int?>, int, object?[]> axis, StyleParam.Mode mode, bool showLegend)
    {
        var zeros = joints.Select(_ => 0.0).ToArray();
        var trace = CChart.Scatter3D<double, double, double, string>(
            zeros, zeros, zeros, mode, Name: name, ShowLegend: showLegend, MarkerColor: Color.fromString(colour), LineColor: Color.fromString(colour), LineWidth: 4.0);
        ChartStyle.WithTraceProperty(trace, "x", axis(joints, 0));
        ChartStyle.WithTraceProperty(trace, "y", axis(joints, 1));
        ChartStyle.WithTraceProperty(trace, "z", axis(joints, 2));
        ChartStyle.WithTraceProperty(trace, "legendgroup", name);
        ChartStyle.WithTraceProperty(trace, "hovertext", joints.Select(j => j is { } v ? $"{format.Name} {v}: {format.JointNames[v]}" : null).ToArray());
        ChartStyle.WithTraceProperty(trace, "hoverinfo", "text");
        if (mode == StyleParam.Mode.Markers)
        {
            ChartStyle.WithTraceProperty(trace, "marker", new Dictionary<string, object> { ["color"] = colour, ["size"] = 4 });
        }

        return trace;
    }

    // 0 left, 1 right, 2 centre.
    private static int[] Side(SkeletonFormat format)
    {
        var side = Enumerable.Range(0, format.JointCount).Select(v => format.FlipPermutation[v] == v ? 2 : -1).ToArray();
        foreach (var (left, right) in format.MirrorPairs)
        {
            side[left] = 0;
            side[right] = 1;
        }

        return side;
    }

    private static Scene SceneStyle()
    {
        static Dictionary<string, object> Vector(double x, double y, double z) => new() { ["x"] = x, ["y"] = y, ["z"] = z };
        static Dictionary<string, object> Axis(string title) => new() { ["title"] = new Dictionary<string, object> { ["text"] = title } };
        var scene = new Scene();
        scene.SetProperty("aspectmode", "data");
        scene.SetProperty("camera", new Dictionary<string, object>
        {
            ["up"] = Vector(0, 1, 0),
            ["center"] = Vector(0, 0, 0),
            // Far enough that a standing body fits a narrow scene; plotly's orthographic camera ignores the eye distance.
            ["eye"] = Vector(1.4, 0.7, -3.2),
            ["projection"] = new Dictionary<string, object> { ["type"] = "perspective" },
        });
        scene.SetProperty("xaxis", Axis("x (m)"));
        scene.SetProperty("yaxis", Axis("y (m, up)"));
        scene.SetProperty("zaxis", Axis("z (m)"));
        return scene;
    }
}
