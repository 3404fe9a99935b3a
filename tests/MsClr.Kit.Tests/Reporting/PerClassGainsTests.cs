using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Reporting;

namespace MsClr.Kit.Tests.Reporting;

public class PerClassGainsTests
{
    [Fact]
    public void Of_HandMadeMetrics_LargestGainFirstClassesWithoutClipsLeftOut()
    {
        var classes = SyntheticActions.All.Take(4).ToArray();
        var baseline = Metrics([0.5, 1.0, 0.0, double.NaN], clips: [2, 1, 4, 0]);
        var ours = Metrics([1.0, 0.0, 0.25, double.NaN], clips: [2, 1, 4, 0]);

        var gains = PerClassGains.Of(baseline, ours, classes);
        var table = gains.Table("3s-AimCLR", "3s-MS-AimCLR");

        Assert.Equal([classes[0].Name, classes[2].Name, classes[1].Name], table["class"].Cast<string>());
        Assert.Equal([50.0, 25.0, -100.0], table["gain (points)"].Cast<double?>());
        Assert.Equal([2L, 4L, 1L], table["test clips"].Cast<long?>());
        Assert.Equal(["class", "kind", "test clips", "3s-AimCLR (%)", "3s-MS-AimCLR (%)", "gain (points)"], table.Columns.Select(c => c.Name));
        Assert.Contains($"largest drops: {classes[1].Name} (-100.0 points).", gains.Summary(), StringComparison.Ordinal);
        Assert.Equal(classes.Take(3).Select(c => c.Kind).Distinct().Count(), (int)gains.ByKind().Rows.Count);
        Assert.Throws<ArgumentException>(() => PerClassGains.Of(baseline, ours, SyntheticActions.All));
    }

    // A diagonal confusion with the given clips per class, and per-class accuracies as given.
    private static ClassificationMetrics Metrics(double[] perClass, long[] clips)
    {
        var confusion = new long[perClass.Length, perClass.Length];
        for (var c = 0; c < perClass.Length; c++)
        {
            confusion[c, c] = clips[c];
        }

        return new ClassificationMetrics(0, 0, perClass, confusion);
    }
}
