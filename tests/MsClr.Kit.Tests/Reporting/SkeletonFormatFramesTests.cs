using MsClr.Kit.Plots;
using MsClr.Kit.Reporting;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Plots;

namespace MsClr.Kit.Tests.Reporting;

public class SkeletonFormatFramesTests
{
    [Fact]
    public void Summary_BuiltInFormats_OneRowEachWithJointsAndGraphComponents()
    {
        var table = SkeletonFormatFrames.Summary(SkeletonFormats.All);

        Assert.Equal(SkeletonFormats.All.Select(f => f.Name), table["format"].Cast<string>());
        Assert.Equal(25, table["joints"][0]);
        Assert.Equal(3, table["components"][2]);
        Assert.Equal("SpineShoulder", table["centre"][0]);
    }

    [Fact]
    public void PartitionTotals_Spatial_ThreeNamedPartitionsSummingToTheJointCount()
    {
        var totals = SkeletonFormatFrames.PartitionTotals(SkeletonGraph.Build(SkeletonFormats.SmplX42, GraphStrategy.Spatial));

        Assert.Equal(["root", "centripetal", "centrifugal"], totals["partition"].Cast<string>());
        Assert.Equal(42, totals["sum"].Cast<double?>().Sum()!.Value, 3);
        Assert.Equal(42, totals["nonzeros"][0]);
    }

    [Fact]
    public void AdjacencyPartitionsChart_Kinect_OneHeatmapPerPartitionWithJointNames()
    {
        var figure = Figure.Of(AdjacencyPartitionsChart.Build(SkeletonFormats.NtuRgbD));

        Assert.Equal(3, figure.Traces.Length);
        Assert.All(figure.Traces, t => Assert.Equal("heatmap", Figure.Type(t)));
        Assert.Equal(SkeletonFormats.NtuRgbD.JointNames, Figure.Strings(figure.Traces[0], "x"));
        Assert.Equal("partition 1", SkeletonGraph.PartitionName(1, 2));
    }

    /// <summary>Seen in the 1400-px screenshot of f3: three 420-px heatmaps ran off the page, every other joint name was
    /// dropped, and the second and third heatmaps' names ran into their left neighbours.</summary>
    [Fact]
    public void AdjacencyPartitionsChart_SmplX_FitsThePageWithARowPerJointNamedOnTheLeftOnly()
    {
        var format = SkeletonFormats.SmplX42;
        var layout = Figure.Of(AdjacencyPartitionsChart.Build(format)).Layout;

        Assert.True(layout.GetProperty("width").GetInt32() <= SkeletonFormatsFigure.MaxWidth);
        Assert.True(layout.GetProperty("height").GetInt32() >= AdjacencyPartitionsChart.PixelsPerJoint * format.JointCount);
        Assert.True(layout.GetProperty("yaxis").GetProperty("showticklabels").GetBoolean());
        Assert.False(layout.GetProperty("yaxis2").GetProperty("showticklabels").GetBoolean());
        Assert.False(layout.GetProperty("yaxis3").GetProperty("showticklabels").GetBoolean());
        Assert.Equal("reversed", layout.GetProperty("yaxis3").GetProperty("autorange").GetString());
    }
}
