using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Plots;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Teaching;
using MsClr.Kit.Tests.Plots;

namespace MsClr.Kit.Tests.Teaching;

/// <summary>The Tables 2–4 and Figure 4 tours without running experiments: printed tables, planned specs, views and labels.</summary>
public sealed class PaperToursTests
{
    [Fact]
    public void ComparisonPrinted_Tables2And3_OneRowPerMethodWithTheMeasuredOnesMarked()
    {
        var table2 = ComparisonTour.Printed(2);
        var table3 = ComparisonTour.Printed(3);

        Assert.Equal(["method", "streams", "measured by the kit", "NTU-60 xview (%)", "NTU-60 xsub (%)", "note"], table2.Columns.Select(c => c.Name));
        Assert.Equal(16, table2.Rows.Count);
        Assert.Equal(14, table3.Rows.Count);
        Assert.Equal("NTU-120 xset (%)", table3.Columns[3].Name);
        var measured = table2.Filter(table2["measured by the kit"].ElementwiseEquals("yes"));
        Assert.Equal(["AimCLR", "MS-AimCLR ‡", "3s-AimCLR", "3s-MS-AimCLR ‡"], measured["method"].Cast<string>());
        Assert.Equal([1, 1, 3, 3], measured["streams"].Cast<int>());
        Assert.Equal([93.2, 86.6], [(double)measured["NTU-60 xview (%)"][1]!, (double)measured["NTU-60 xsub (%)"][1]!]);
        Assert.Null(table2["NTU-60 xsub (%)"][0]); // SeBiReNet prints a dash
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparisonTour.Printed(4));
    }

    [Fact]
    public void ComparisonSpecs_Smoke_Table1sSixOnTheSubjectSplitShowingEveryMethodOfTheColumn()
    {
        var specs = ComparisonTour.Specs(Budget.Smoke);

        var view = TourRuns.View(ComparisonTour.TableColumn(3), specs.Select(s => (s, (ExperimentResult?)null)), Path.GetTempPath());

        Assert.Equal(PaperTour.Specs(Budget.Smoke).Select(s => s.Id).Order(), specs.Select(s => s.Id).Order());
        Assert.Equal(PaperBenchmark.Ntu60XSub, ComparisonTour.Column(2));
        Assert.Equal(14, view.Rows.Count);
        Assert.All(view["column"].Cast<string>(), c => Assert.Equal("NTU-120 xsub", c));
        Assert.Equal(["AimCLR", "MS-AimCLR ‡", "3s-AimCLR", "3s-MS-AimCLR ‡"], view.Filter(view["data"].ElementwiseEquals("synthetic"))["row"].Cast<string>());
        Assert.Equal(14, view["ours (%)"].NullCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparisonTour.Column(1));
    }

    [Fact]
    public void ComponentsPrinted_Table4_FourRowsWithTicksAndBothColumns()
    {
        var printed = ComponentsTour.Printed();

        Assert.Equal(["single format", "multi-skeleton, no aug.", "multi-skeleton", "multi-skeleton + ensemble ‡"], printed["row"].Cast<string>());
        Assert.Equal(["✓", "✗", "✓", "✓"], printed["augmentations"].Cast<string>());
        Assert.Equal(["✗", "✓", "✓", "✓"], printed["multi-skeleton"].Cast<string>());
        Assert.Equal(["✗", "✗", "✗", "✓"], printed["ensemble"].Cast<string>());
        Assert.Equal([79.7, 53.2, 83.0, 93.2], printed["first column (%)"].Cast<double?>());
        Assert.Equal([74.3, 49.1, 76.1, 86.6], printed["second column (%)"].Cast<double?>());
    }

    [Fact]
    public void ComponentsSpecs_Smoke_ThreeOnTheSubjectSplitOneUnaugmentedWithBothReadings()
    {
        var specs = ComponentsTour.Specs(Budget.Smoke);
        var view = TourRuns.View(ComponentsTour.Table4Column, specs.Select(s => (s, (ExperimentResult?)null)), Path.GetTempPath());
        var entries = ComponentsTour.Table4Column.Entries;

        Assert.Equal(3, specs.Count);
        Assert.All(specs, s => Assert.Equal("synthetic-xsub", s.Benchmark));
        Assert.Single(specs, s => !s.Augmentations && s.Id.Contains("-noaug-", StringComparison.Ordinal));
        Assert.Equal(8, view.Rows.Count);
        Assert.Equal([79.7, 74.3, 53.2, 49.1, 83.0, 76.1, 93.2, 86.6], view["paper (%)"].Cast<double?>());
        Assert.Equal(8, view["data"].Cast<string?>().Count(d => d == "synthetic"));
        Assert.Equal(8, entries.Select(ComponentsTour.Label).Distinct().Count());
        Assert.Equal("multi-skeleton, no aug. · printed header", ComponentsTour.Label(entries[2]));
        Assert.Equal("multi-skeleton + ensemble ‡ · Table 1 order", ComponentsTour.Label(entries[7]));
    }

    [Fact]
    public void FormatCount_Figure4_SixSetsOnTwoSeriesReusingTable1sJointPair()
    {
        var sets = FormatCountTour.Sets();
        var specs = FormatCountTour.Specs(Budget.Smoke);
        var table1 = PaperTour.Specs(Budget.Smoke).Where(s => s.Stream == InputStream.Joint).Select(s => s.Id).ToArray();

        Assert.Equal(["{K}", "{K, SMPL-X}", "{K, SMPL-X, MHAD}", "{K, SMPL-X, MHAD, SMPL}", "{K, MHAD}", "{K, SMPL}"], sets["set"].Cast<string>());
        Assert.Equal([1, 2, 3, 4, 2, 2], sets["count"].Cast<int>());
        Assert.Equal(4, sets["series"].Cast<string>().Count(s => s == FormatCountTour.CurveSeries));
        Assert.Equal(6, specs.Count);
        Assert.Equal(table1, specs.Take(2).Select(s => s.Id));
    }

    [Fact]
    public void FormatCountPoint_MeasuredEntries_DrawOneLinePerSeries()
    {
        var points = PaperTables.Figure4.Entries.Select((e, i) => FormatCountTour.Point(e, 0.5 + (i / 100.0)));

        var figure = Figure.Of(FormatCountChart.Build(points));

        Assert.Equal([FormatCountTour.CurveSeries, FormatCountTour.OtherPairsSeries], figure.Traces.Select(Figure.Name));
        Assert.Equal([50.0, 51.0, 52.0, 53.0], Figure.Numbers(figure.Traces[0], "y"));
        Assert.Equal(["{K, MHAD}", "{K, SMPL}"], Figure.Strings(figure.Traces[1], "x"));
    }
}
