using System.Text.Json;
using MsClr.Kit.Plots;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Plots;

public class SkeletonFormatsFigureTests
{
    private static (SkeletonFormat Format, float[] Xyz)[] Poses() =>
        SkeletonFormats.All.Select(f => (f, Enumerable.Range(0, 3 * f.JointCount).Select(i => (float)Math.Sin(i)).ToArray())).ToArray();

    [Fact]
    public void Build_AllBuiltIns_OneSceneWithFourScatter3dTracesPerFormat()
    {
        var poses = Poses();
        var figure = Figure.Of(SkeletonFormatsFigure.Build(poses));

        Assert.Equal(4 * poses.Length, figure.Traces.Length);
        Assert.All(figure.Traces, t => Assert.Equal("scatter3d", Figure.Type(t)));
        for (var f = 0; f < poses.Length; f++)
        {
            var scene = f == 0 ? "scene" : $"scene{f + 1}";
            Assert.True(figure.Layout.TryGetProperty(scene, out _), $"layout has no {scene}");
            Assert.All(figure.Traces.Skip(4 * f).Take(4), t => Assert.Equal(scene, t.GetProperty("scene").GetString()));
        }

        Assert.False(figure.Layout.TryGetProperty($"scene{poses.Length + 1}", out _));
    }

    [Fact]
    public void Build_AllBuiltIns_EveryJointOnceAndOneSegmentPerEdge()
    {
        var poses = Poses();
        var traces = Figure.Of(SkeletonFormatsFigure.Build(poses)).Traces;

        for (var f = 0; f < poses.Length; f++)
        {
            var format = poses[f].Format;
            var bones = Figure.Numbers(traces[4 * f], "x");
            Assert.Equal("bones", Figure.Name(traces[4 * f]));
            Assert.Equal("lines", traces[4 * f].GetProperty("mode").GetString());
            Assert.Equal(3 * format.Edges.Count, bones.Length);
            Assert.Equal(format.Edges.Count, bones.Count(v => v is null));
            var markers = traces.Skip((4 * f) + 1).Take(3).ToArray();
            Assert.Equal(["left", "right", "centre"], markers.Select(Figure.Name));
            Assert.All(markers, t => Assert.Equal("markers", t.GetProperty("mode").GetString()));
            Assert.Equal(format.JointCount, markers.Sum(t => t.GetProperty("x").GetArrayLength()));
            Assert.Equal(format.MirrorPairs.Count, markers[0].GetProperty("x").GetArrayLength());
            Assert.Equal(format.MirrorPairs.Count, markers[1].GetProperty("x").GetArrayLength());
        }
    }

    [Fact]
    public void Build_OneFormat_CoordinatesFollowTheEdgesAndSidesFollowTheMirrorPairs()
    {
        var format = new SkeletonFormat("tiny", ["head", "left hand", "right hand"], [new JointPair(1, 0), new JointPair(2, 0)], 0, [new JointPair(1, 2)], LengthUnit.Metre);
        float[] xyz = [0, 1.7f, 3, 0.5f, 1, 3, -0.5f, 1, 3];

        var traces = Figure.Of(SkeletonFormatsFigure.Build([(format, xyz)])).Traces;

        Assert.Equal([0.5, 0.0, null, -0.5, 0.0, null], Figure.Numbers(traces[0], "x"));
        Assert.Equal([1.0, 1.7, null, 1.0, 1.7, null], Figure.Numbers(traces[0], "y").Select(v => v is { } d ? Math.Round(d, 5) : (double?)null));
        Assert.Equal([0.5], Figure.Numbers(traces[1], "x"));
        Assert.Equal([-0.5], Figure.Numbers(traces[2], "x"));
        Assert.Equal([0.0], Figure.Numbers(traces[3], "x"));
        Assert.Equal("#1f77b4", traces[1].GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal("#d62728", traces[2].GetProperty("marker").GetProperty("color").GetString());
    }

    [Fact]
    public void Build_Always_EqualAspectYUpAndFormatNamesAsSubplotTitles()
    {
        var poses = Poses();
        var figure = Figure.Of(SkeletonFormatsFigure.Build(poses));
        var scene = figure.Layout.GetProperty("scene2");
        var titles = figure.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString());

        Assert.Equal("data", scene.GetProperty("aspectmode").GetString());
        Assert.Equal(1.0, scene.GetProperty("camera").GetProperty("up").GetProperty("y").GetDouble());
        Assert.Equal(0.0, scene.GetProperty("camera").GetProperty("up").GetProperty("z").GetDouble());
        Assert.Equal(poses.Select(p => p.Format.Name), titles);
    }

    [Fact]
    public void Build_WrongPoseLength_ThrowsNamingTheFormat()
    {
        var error = Assert.Throws<ArgumentException>(() => SkeletonFormatsFigure.Build([(SkeletonFormats.Smpl24, new float[10])]));

        Assert.Contains(SkeletonFormats.Smpl24.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Twice_GivesIdenticalJson()
    {
        Assert.Equal(ChartExport.FigureJson(SkeletonFormatsFigure.Build(Poses())), ChartExport.FigureJson(SkeletonFormatsFigure.Build(Poses())));
    }

    /// <summary>Seen in the notebook report at 1400 px: f3's four scenes were 1360 px wide and the fourth was cut off.</summary>
    [Fact]
    public void Width_FourScenes_FitsTheNotebookColumn()
    {
        Assert.Equal(SkeletonFormatsFigure.MaxWidth, SkeletonFormatsFigure.Width(4));
        Assert.True(SkeletonFormatsFigure.MaxWidth <= 1100);
        Assert.Equal(680, SkeletonFormatsFigure.Width(2));
    }
}
