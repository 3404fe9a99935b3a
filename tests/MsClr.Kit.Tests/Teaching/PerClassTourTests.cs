using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Teaching;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Teaching;

/// <summary>Figure 5's per-class gains from hand-made score files at Table 1's smoke spec ids.</summary>
public sealed class PerClassTourTests : IDisposable
{
    private const int ClipsPerClass = 2;
    private readonly string _runs = Directory.CreateTempSubdirectory("msclr-perclass-").FullName;

    public PerClassTourTests()
    {
        // 3s-AimCLR gets classes 0–9 right; 3s-MS-AimCLR classes 1–19: class 0 drops, classes 10–19 gain 100 points.
        var specs = PaperTour.Specs(Budget.Smoke);
        foreach (var spec in specs)
        {
            var multi = spec.TrainingFormats.Count > 1;
            Write(spec.Id, spec.Stream == InputStream.Joint ? (multi ? c => c is >= 1 and < 20 : c => c < 10) : null);
        }
    }

    public void Dispose() => Directory.Delete(_runs, true);

    [Fact]
    public void Table_HandMadeScores_OneRowPerClassLargestGainFirst()
    {
        var table = PerClassTour.Table(_runs, Budget.Smoke);

        Assert.Equal(["class", "kind", "test clips", "3s-AimCLR (%)", "3s-MS-AimCLR (%)", "gain (points)"], table.Columns.Select(c => c.Name));
        Assert.Equal(SyntheticActions.Count, table.Rows.Count);
        Assert.Equal(SyntheticActions.All.Skip(10).Take(10).Select(a => a.Name), table["class"].Cast<string>().Take(10));
        Assert.Equal(100.0, (double?)table["gain (points)"][0]);
        Assert.Equal(SyntheticActions.All[0].Name, table["class"][SyntheticActions.Count - 1]);
        Assert.Equal(-100.0, (double?)table["gain (points)"][SyntheticActions.Count - 1]);
        Assert.All(table["test clips"].Cast<long?>(), c => Assert.Equal(ClipsPerClass, c));
    }

    [Fact]
    public void SummaryAndByKind_HandMadeScores_NameTheLargestGainsAndDropsAndAverageEachKind()
    {
        var summary = PerClassTour.Summary(_runs, Budget.Smoke);
        var byKind = PerClassTour.ByKind(_runs, Budget.Smoke);
        var gains = Enumerable.Range(0, SyntheticActions.Count).Select(c => c is >= 10 and < 20 ? 100.0 : c == 0 ? -100.0 : 0.0).ToArray();

        Assert.Contains($"{SyntheticActions.All[10].Name} (+100.0 points), {SyntheticActions.All[11].Name} (+100.0 points), {SyntheticActions.All[12].Name} (+100.0 points)", summary, StringComparison.Ordinal);
        Assert.Contains($"largest drops: {SyntheticActions.All[0].Name} (-100.0 points).", summary, StringComparison.Ordinal);
        Assert.Equal(3, byKind.Rows.Count);
        Assert.Equal(SyntheticActions.Count, byKind["classes"].Cast<int>().Sum());
        var fullBody = SyntheticActions.OfKind(SyntheticActionKind.FullBody).Select(a => gains[a.Index]).Average();
        Assert.Equal(Math.Round(fullBody, 2), (double?)byKind["mean gain (points)"][0]);
    }

    // Joint scores one-hot at the label for the classes right, at the next class otherwise; motion and bone score 0 everywhere.
    private void Write(string specId, Func<int, bool>? right)
    {
        var classes = SyntheticActions.Count;
        var labels = Enumerable.Range(0, classes * ClipsPerClass).Select(i => (long)(i % classes)).ToArray();
        var values = new float[labels.Length * classes];
        for (var i = 0; right is not null && i < labels.Length; i++)
        {
            var label = (int)labels[i];
            values[(i * classes) + (right(label) ? label : (label + 1) % classes)] = 1;
        }

        Directory.CreateDirectory(Path.Combine(_runs, specId));
        using var scores = tensor(values, [labels.Length, classes]);
        ScoreFile.Write(Path.Combine(_runs, specId, "scores-ntu-rgb+d.parquet"), labels.Select((_, i) => $"clip{i}").ToArray(), labels, scores);
    }
}
