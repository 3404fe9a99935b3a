using System.Text.Json.Nodes;
using MsClr.Kit.Experiments;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Teaching;
using MsClr.Kit.Tests.Cli;

namespace MsClr.Kit.Tests.Teaching;

/// <summary>Shapes and contents of the notebook helpers (the ones that need no data on disk).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TeachingToursTests
{
    [Fact]
    public void Figure3_has_one_scene_per_built_in_format()
    {
        var figure = JsonNode.Parse(ChartExport.FigureJson(FormatGallery.Figure3(Budget.Smoke)))!;
        var layout = figure["layout"]!.AsObject();
        Assert.Equal(4, layout.Count(p => p.Key.StartsWith("scene", StringComparison.Ordinal)));
        Assert.Equal(4 * 4, figure["data"]!.AsArray().Count);
    }

    [Fact]
    public void FormatGallery_Table_HasARowPerFormat()
    {
        var table = FormatGallery.Table();
        Assert.Equal(SkeletonFormats.All.Count, table.Rows.Count);
        Assert.Equal(25, table.Columns["joints"][0]);
        Assert.Equal(3, table.Columns["components"][2]);
    }

    [Fact]
    public void FormatGallery_PartitionTotals_AddUpToTheJointCount()
    {
        var totals = FormatGallery.PartitionTotals("smplx_42");
        Assert.Equal(3, totals.Rows.Count);
        Assert.Equal(42, Enumerable.Range(0, 3).Sum(r => (double)totals.Columns["sum"][r]!), 3);
        var heatmaps = JsonNode.Parse(ChartExport.FigureJson(FormatGallery.Partitions("ntu-rgb+d")))!;
        Assert.Equal(3, heatmaps["data"]!.AsArray().Count);
    }

    [Fact]
    public void PlaygroundTour_CustomFormat_IsValidAndRendersFromLandmarks()
    {
        var path = PlaygroundTour.WriteCustomFormat();
        try
        {
            var format = SkeletonFormatJson.Load(path);
            Assert.Equal(13, format.JointCount);
            Assert.All(format.JointNames, j => Assert.Contains(j, PlaygroundTour.Landmarks().Columns["landmark"].Cast<string>()));
            var figure = JsonNode.Parse(ChartExport.FigureJson(PlaygroundTour.Figure(Budget.Smoke, "ntu-rgb+d", path)))!;
            Assert.Equal(2 * 4, figure["data"]!.AsArray().Count);
            Assert.Equal(2, PlaygroundTour.Table("smpl_24", path).Rows.Count);
            var recipe = CustomSyntheticFormat.Recipe(format);
            Assert.True(recipe.AlignShoulders);
            Assert.Equal(format.JointIndex("left_shoulder"), recipe.LeftShoulder);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void SetupTour_Check_LoadsLibTorchAndListsThreeBudgets()
    {
        var check = SetupTour.Check();
        Assert.Equal(6, check.TensorCheck);
        Assert.True(check.Threads >= 1);
        Assert.Equal(KitEnvironment.DataRoot, check.DataRoot);
        Assert.Equal(3, SetupTour.Budgets().Rows.Count);
    }

    [Fact]
    public void PlaygroundTour_NoFormatSelected_IsAnError() =>
        Assert.Throws<ArgumentException>(() => PlaygroundTour.Table(" , "));
}
