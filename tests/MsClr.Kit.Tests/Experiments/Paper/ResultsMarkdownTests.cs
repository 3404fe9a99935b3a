using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Statistics;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Experiments.Paper;

public class ResultsMarkdownTests
{
    [Fact]
    public void Render_SmallTable_WritesAPipeTableWithSignedDeltasAndDashesForNulls()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("row", ["AimCLR (j)", "a|b"]),
            new DoubleDataFrameColumn("ours (%)", [80.04, null]),
            new DoubleDataFrameColumn("paper (%)", [79.7, 74.3]),
            new DoubleDataFrameColumn("delta (points)", [0.34, null]),
            new StringDataFrameColumn("data", ["synthetic", null]));

        var markdown = ResultsMarkdown.Render(frame);

        Assert.Equal(
            "| row | ours (%) | paper (%) | delta (points) | data |\n" +
            "|---|---:|---:|---:|---|\n" +
            "| AimCLR (j) | 80.0 | 79.7 | +0.3 | synthetic |\n" +
            "| a\\|b | — | 74.3 | — | — |\n",
            markdown);
    }

    [Fact]
    public void Render_PaperTable_StartsWithItsHeadingAndEndsWithItsNote()
    {
        var view = PaperTableView.Build(PaperTables.Table4, []);

        var markdown = ResultsMarkdown.Render(PaperTables.Table4, view);

        Assert.StartsWith("### Table 4: Component analysis", markdown);
        Assert.Contains("| augmentations ✓ · multi-skeleton ✓ · ensemble ✓ | NTU-60 xsub (printed header) | — | 93.2 | — | — | — |", markdown);
        Assert.EndsWith(PaperTables.Table4.Note + "\n", markdown);
    }

    [Fact]
    public void Render_BaselinesWithASupervisedRow_SayItIsNoUpperBoundAndOnlyThen()
    {
        var view = PaperTableView.Build(PaperTables.Table4, []);
        BaselineLine[] probesOnly = [new(BaselineKind.RandomInit, InputStream.Joint, SeedSummary.Of([69.8]))];
        BaselineLine[] withSupervised = [.. probesOnly, new(BaselineKind.Supervised, InputStream.Joint, SeedSummary.Of([4.1]))];
        BaselineLine[] supervisedUnmeasured = [.. probesOnly, new(BaselineKind.Supervised, InputStream.Joint, SeedSummary.Of([]))];

        var shown = ResultsMarkdown.Render(PaperTables.Table4, view, baselines: withSupervised);

        Assert.Contains($"| {BaselineKind.Supervised.Label()} | 4.1 (n = 1, no interval) |\n\n{BaselineKinds.SupervisedCaveat} docs/cli.md (Baselines) says what more epochs buy.\n", shown);
        Assert.DoesNotContain(BaselineKinds.SupervisedCaveat, ResultsMarkdown.Render(PaperTables.Table4, view, baselines: probesOnly));
        Assert.DoesNotContain(BaselineKinds.SupervisedCaveat, ResultsMarkdown.Render(PaperTables.Table4, view, baselines: supervisedUnmeasured));
    }

    [Fact]
    public void Render_PaperTableOverSeeds_FoldsTheIntervalIntoOursAndListsTheComparisons()
    {
        var root = Directory.CreateTempSubdirectory("msclr-markdown-").FullName;
        try
        {
            var store = new MsClr.Kit.Experiments.Results.ResultsStore(root);
            var entries = PaperTables.Table1.Entries.Where(e => e.Benchmark == ReproducePlan.Column).ToArray();
            foreach (var (row, values) in new[] { ("AimCLR (j)", new[] { 0.71, 0.72, 0.73, 0.74 }), ("MS-AimCLR (j)", new[] { 0.81, 0.82, 0.83, 0.84 }) })
            {
                var entry = entries.First(e => e.Row == row);
                for (var i = 0; i < values.Length; i++)
                {
                    var spec = entry.Specs(Budget.Smoke, useSynthetic: true, (ulong)(i + 1)).Single();
                    store.Append(spec, new ExperimentResult(spec.Id, values[i], 0.9, values[i], null, spec.EvaluationFormats.ToDictionary(f => f, _ => values[i]), 1, 1), "abc");
                }
            }

            ulong[] seeds = [1, 2, 3, 4];
            var view = PaperTableView.Build(PaperTables.Table1, store, Budget.Smoke, useSynthetic: true, seeds);
            var comparisons = PaperComparisons.Measure(PaperTables.Table1, store.Load(), ReproducePlan.Column, Budget.Smoke, useSynthetic: true, seeds);

            var markdown = ResultsMarkdown.Render(PaperTables.Table1, view, comparisons: comparisons);

            Assert.Contains("| AimCLR (j) | NTU-60 xsub | 72.5 ± 2.1 (n = 4) | 74.3 | -1.8 | synthetic | smoke |", markdown);
            Assert.Contains("| MS-AimCLR (j) − AimCLR (j) | MS − single format | +10.0 | +10.0 … +10.0 | 4 | better |", markdown);
            Assert.Contains("| MS-AimCLR (m) − AimCLR (m) | MS − single format | — | — | 0 | no paired seeds |", markdown);
            Assert.DoesNotContain("± 95 % (points)", markdown);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Fact]
    public void Render_MeasuredOnly_LeavesOutUnmeasuredAndRepeatedSyntheticRowsAndSaysSo()
    {
        using var temp = new TempFolder("markdown");
        var store = new MsClr.Kit.Experiments.Results.ResultsStore(temp.Path);
        var entry = PaperTables.Table1.Entries.First(e => e.Row == "AimCLR (j)" && e.Benchmark == ReproducePlan.Column);
        var spec = entry.Specs(Budget.Smoke, useSynthetic: true).Single();
        store.Append(spec, new ExperimentResult(spec.Id, 0.71, 0.9, 0.71, null, spec.EvaluationFormats.ToDictionary(f => f, _ => 0.71), 1, 1), "abc");
        var view = PaperTableView.Build(PaperTables.Table1, store, Budget.Smoke, useSynthetic: true);

        var full = ResultsMarkdown.Render(PaperTables.Table1, view);
        var shortened = ResultsMarkdown.Render(PaperTables.Table1, view, measuredOnly: true);

        Assert.Contains("| AimCLR (j) | NTU-120 xsub | 71.0 (n = 1, no interval) |", full);
        Assert.Contains("| AimCLR (j) | NTU-60 xview | — |", full);
        Assert.Contains("| AimCLR (j) | NTU-60 xsub | 71.0 (n = 1, no interval) | 74.3 | -3.3 | synthetic | smoke |", shortened);
        Assert.DoesNotContain("NTU-120 xsub |", shortened);
        Assert.DoesNotContain("NTU-60 xview |", shortened);
        Assert.DoesNotContain("MS-AimCLR (j) |", shortened);
        Assert.Contains(MeasuredRows.LeftOutNote(PaperTables.Table1.Entries.Count - 1), shortened);
        Assert.DoesNotContain("left out", full);
    }

    [Theory]
    [InlineData("AimCLR (j)", "NTU-120 xsub", true)]
    [InlineData("AimCLR (j)", "NTU-120 xset", true)]
    [InlineData("AimCLR (j)", "NTU-60 xsub", false)]
    [InlineData("AimCLR (j)", "NTU-60 xview", false)]
    public void RepeatsEarlierColumn_Table1_TrueWhereTheSyntheticStandInIsAnEarlierColumnsSplit(string row, string column, bool expected) =>
        Assert.Equal(expected, MeasuredRows.RepeatsEarlierColumn(PaperTables.Table1, row, column));

    [Fact]
    public void BaselineMarkdown_LinesAndComparisons_OneRowPerBaselineOrRowAndOneColumnPerStreamOrKind()
    {
        var baselines = new[]
        {
            new BaselineLine(BaselineKind.RandomInit, InputStream.Joint, SeedSummary.Of([69.8])),
            new BaselineLine(BaselineKind.RandomInit, InputStream.Bone, SeedSummary.Of([])),
            new BaselineLine(BaselineKind.Supervised, InputStream.Joint, SeedSummary.Of([4.1])),
            new BaselineLine(BaselineKind.Supervised, InputStream.Bone, SeedSummary.Of([4.9])),
        };
        var comparisons = new[]
        {
            new ComparisonLine(new PaperComparison("Table 1", "pretraining − random-init", "AimCLR (j)", ["x"]), "x",
                PairedComparison.Of(new Dictionary<ulong, double> { [1] = 74.0, [2] = 75.0, [3] = 74.5 }, new Dictionary<ulong, double> { [1] = 70.0, [2] = 70.0, [3] = 70.0 })),
            new ComparisonLine(new PaperComparison("Table 1", "pretraining − supervised", "AimCLR (j)", ["y"]), "y",
                PairedComparison.Of(new Dictionary<ulong, double>(), new Dictionary<ulong, double>())),
        };

        var lines = BaselineMarkdown.Lines(baselines);
        var paired = BaselineMarkdown.Comparisons(comparisons);

        Assert.Equal(
            "| baseline | j | b |\n|---|---|---|\n" +
            $"| {BaselineKind.RandomInit.Label()} | 69.8 (n = 1, no interval) | — |\n" +
            $"| {BaselineKind.Supervised.Label()} | 4.1 (n = 1, no interval) | 4.9 (n = 1, no interval) |\n",
            lines);
        Assert.StartsWith("| row | pretraining − random-init | pretraining − supervised |\n|---|---|---|\n| AimCLR (j) | +4.5 (", paired);
        Assert.EndsWith(", better | no paired seeds |\n", paired);
    }
}
