using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments.Paper;

public sealed class PaperTableViewTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-view-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private static ExperimentResult Result(ExperimentSpec spec, double top1, double? ensemble) =>
        new(spec.Id, top1, 0.9, top1, ensemble, spec.EvaluationFormats.ToDictionary(f => f, _ => top1), 1, 1);

    private static PaperEntry Entry(string row, string column) => PaperTables.Table1.Entries.Single(e => e.Row == row && e.Column == column);

    [Fact]
    public void Build_OneMeasuredExperiment_FillsItsRowsAndLeavesOthersNull()
    {
        var spec = Entry("MS-AimCLR (j)", "NTU-60 xsub").Specs(Budget.Smoke, useSynthetic: true).Single();

        var frame = PaperTableView.Build(PaperTables.Table1, [(spec, Result(spec, 0.8, 0.9))]);
        var measured = frame.Filter(frame["ours (%)"].ElementwiseIsNotNull());
        var planned = frame.Filter(frame["data"].ElementwiseEquals("synthetic"));

        Assert.Equal(PaperTableView.Columns, frame.Columns.Select(c => c.Name));
        Assert.Equal(36, frame.Rows.Count);
        // The synthetic cross-subject stand-in serves both NTU-60 xsub and NTU-120 xsub.
        Assert.Equal(["MS-AimCLR (j)", "MS-AimCLR (j)"], measured["row"].Cast<string>());
        Assert.Equal(["NTU-60 xsub", "NTU-120 xsub"], measured["column"].Cast<string>());
        Assert.Contains("3s-MS-AimCLR (j+m+b)", planned["row"].Cast<string>());
        Assert.Equal(80.0, (double)measured["ours (%)"][0]!);
        Assert.Equal(76.1, (double)measured["paper (%)"][0]!);
        Assert.Equal(3.9, (double)measured["delta (points)"][0]!, 6);
        Assert.Equal("smoke", (string)measured["budget"][0]!);
        Assert.Equal(34, frame["ours (%)"].NullCount);
    }

    [Fact]
    public void Lines_OneMeasuredExperiment_ReadTheFramesFirstFiveColumnsInOrder()
    {
        var spec = Entry("MS-AimCLR (j)", "NTU-60 xsub").Specs(Budget.Smoke, useSynthetic: true).Single();
        var frame = PaperTableView.Build(PaperTables.Table1, [(spec, Result(spec, 0.8, 0.9))]);

        var lines = PaperTableView.Lines(frame);

        Assert.Equal(frame.Rows.Count, lines.Count);
        Assert.Equal(frame["row"].Cast<string>(), lines.Select(l => l.Row));
        Assert.Equal(frame["ours (%)"].Cast<double?>(), lines.Select(l => l.Ours));
        Assert.Contains(new PaperTableLine("MS-AimCLR (j)", "NTU-60 xsub", 80.0, 76.1, 3.9, HalfWidth: null, Seeds: 1), lines);
    }

    [Fact]
    public void Build_EnsembleRowAndFusionWithoutScores_ReadTheEnsembleAndStayNull()
    {
        var table = PaperTables.Table2;
        var specs = table.Specs(Budget.Smoke, useSynthetic: true).Where(s => s.Benchmark == Benchmark.SyntheticCrossSubject && s.TrainingFormats.Count == 2).ToArray();

        var frame = PaperTableView.Build(table, specs.Select(s => (s, (ExperimentResult?)Result(s, 0.5, 0.75))));
        var rows = frame.Filter(frame["data"].ElementwiseEquals("synthetic"));

        Assert.Equal(["MS-AimCLR ‡", "3s-MS-AimCLR ‡"], rows["row"].Cast<string>());
        Assert.Equal([75.0, null], rows["ours (%)"].Cast<double?>());
    }

    [Fact]
    public void Build_FromStore_ReadsTheLatestValue()
    {
        var store = new ResultsStore(_root);
        var spec = Entry("AimCLR (j)", "NTU-60 xview").Specs(Budget.Quick, useSynthetic: true).Single();
        store.Append(spec, Result(spec, 0.7, null), "abc");

        var frame = PaperTableView.Build(PaperTables.Table1, store, Budget.Quick, useSynthetic: true);
        var aimclr = frame.Filter(frame["row"].ElementwiseEquals("AimCLR (j)"));
        var row = aimclr.Filter(aimclr["column"].ElementwiseEquals("NTU-60 xview"));

        Assert.Equal(1, row.Rows.Count);
        Assert.Equal(70.0, (double)row["ours (%)"][0]!);
        Assert.Equal("synthetic", (string)row["data"][0]!);
    }

    [Fact]
    public void Build_FromStoreOverFourSeeds_ShowsTheMeanTheIntervalAndN()
    {
        var store = new ResultsStore(_root);
        var entry = Entry("AimCLR (j)", "NTU-60 xsub");
        double[] top1 = [0.71, 0.72, 0.73, 0.74];
        for (var seed = 1UL; seed <= 4; seed++)
        {
            var spec = entry.Specs(Budget.Quick, useSynthetic: true, seed).Single();
            store.Append(spec, Result(spec, top1[seed - 1], null), "abc");
        }

        // Seed 5 was asked for but never run: n counts the seeds found.
        var frame = PaperTableView.Build(PaperTables.Table1, store, Budget.Quick, useSynthetic: true, [1UL, 2UL, 3UL, 4UL, 5UL]);
        var line = PaperTableView.Lines(frame).Single(l => l.Row == "AimCLR (j)" && l.Column == "NTU-60 xsub");

        // 71, 72, 73, 74 %: mean 72.5, s = 1.29099, t(0.975, 3) = 3.18245, half-width 2.05426.
        Assert.Equal(72.5, line.Ours);
        Assert.Equal(2.05426, line.HalfWidth!.Value, 5);
        Assert.Equal(4, line.Seeds);
        Assert.Equal(72.5 - 74.3, line.Delta!.Value, 6);
        var unmeasured = PaperTableView.Lines(frame).Single(l => l.Row == "MS-AimCLR (j)" && l.Column == "NTU-60 xsub");
        Assert.Null(unmeasured.Ours);
        Assert.Equal(0, unmeasured.Seeds);
    }

    [Fact]
    public void Build_FromStoreWithOneSeed_HasNoInterval()
    {
        var store = new ResultsStore(_root);
        var spec = Entry("AimCLR (j)", "NTU-60 xsub").Specs(Budget.Quick, useSynthetic: true).Single();
        store.Append(spec, Result(spec, 0.7, null), "abc");

        var line = PaperTableView.Lines(PaperTableView.Build(PaperTables.Table1, store, Budget.Quick, useSynthetic: true))
            .Single(l => l.Row == "AimCLR (j)" && l.Column == "NTU-60 xsub");

        Assert.Equal(70.0, line.Ours);
        Assert.Null(line.HalfWidth);
        Assert.Equal(1, line.Seeds);
    }
}
