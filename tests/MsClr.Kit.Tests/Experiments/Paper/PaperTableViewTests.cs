using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;

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
        Assert.Contains(new PaperTableLine("MS-AimCLR (j)", "NTU-60 xsub", 80.0, 76.1, 3.9), lines);
    }

    [Fact]
    public void Build_EnsembleRowAndFusionWithoutScores_ReadTheEnsembleAndStayNull()
    {
        var table = PaperTables.Table2;
        var specs = table.Specs(Budget.Smoke, useSynthetic: true).Where(s => s.Benchmark == "synthetic-xsub" && s.TrainingFormats.Count == 2).ToArray();

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
}
