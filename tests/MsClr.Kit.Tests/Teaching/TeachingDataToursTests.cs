using System.Text.Json.Nodes;
using MsClr.Kit.Experiments;
using MsClr.Kit.Plots;
using MsClr.Kit.Teaching;
using MsClr.Kit.Tests.Cli;

namespace MsClr.Kit.Tests.Teaching;

/// <summary>The helpers that build synthetic data, each test with its own temp data root at the smoke budget.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TeachingDataToursTests
{
    [Fact]
    public void DataTour_SmokeBudget_BuildsTheBenchmarkAndSummarisesIt()
    {
        using var roots = new TempKitRoots();
        var files = DataTour.Ensure(Budget.Smoke);
        Assert.Equal(4, files.Rows.Count);
        Assert.All(Enumerable.Range(0, 4), r => Assert.Equal(Budget.Smoke.SyntheticClips, files.Columns["clips"][r]));
        Assert.All(Enumerable.Range(0, 4), r => Assert.StartsWith(roots.Folder, (string)files.Columns["path"][r]!, StringComparison.Ordinal));
        var splits = DataTour.PerSplit(Budget.Smoke);
        Assert.Equal(4, splits.Rows.Count);
        Assert.Equal(2 * Budget.Smoke.SyntheticClips, Enumerable.Range(0, 4).Sum(r => (int)splits.Columns["samples"][r]!));
        Assert.Equal(35, DataTour.PerClass(Budget.Smoke).Rows.Count);
        var frames = DataTour.Frames(Budget.Smoke);
        Assert.Equal(2, frames.Rows.Count);
        Assert.Equal(50.0, frames.Columns["max"][1]);
    }

    [Fact]
    public void PretrainingTour_OneBatch_ShowsItsFormatsAndLossTerms()
    {
        using var roots = new TempKitRoots();
        var batch = PretrainingTour.OneBatch(Budget.Smoke);
        Assert.Equal(3, batch.Rows.Count);
        Assert.All(Enumerable.Range(0, 3), r => Assert.StartsWith($"({Budget.Smoke.BatchSize}, 3, 50, ", (string)batch.Columns["shape (N, C, T, V, M)"][r]!, StringComparison.Ordinal));
        var losses = PretrainingTour.OneStepLosses(Budget.Smoke);
        Assert.Equal(1, losses.Rows.Count);
        foreach (var term in new[] { "nce", "d3m extreme", "d3m extreme drop", "total" })
        {
            var value = (double)losses.Columns[term][0]!;
            Assert.True(double.IsFinite(value) && value >= 0, $"{term} = {value}");
        }

        var views = JsonNode.Parse(ChartExport.FigureJson(PretrainingTour.Views(Budget.Smoke)))!;
        Assert.Equal(3 * 4, views["data"]!.AsArray().Count);
        Assert.Contains("smplx", PretrainingTour.Spec(Budget.Smoke).Id, StringComparison.Ordinal);
    }
}
