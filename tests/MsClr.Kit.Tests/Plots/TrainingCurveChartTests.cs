using MsClr.Kit.Plots;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Tests.Plots;

public class TrainingCurveChartTests
{
    private static readonly (int Epoch, int Step, double Loss, double Nce, double Extreme, double ExtremeDrop, double LearningRate)[] Steps =
    [
        (2, 0, 3.0, 2.0, 0.5, 0.5, 0.1),
        (1, 0, 5.0, 4.0, 0.5, 0.5, 0.1),
        (1, 1, 7.0, 6.0, 0.5, 0.5, 0.1),
        (2, 1, 1.0, 0.0, 0.5, 0.5, 0.01),
    ];

    [Fact]
    public void Build_TwoEpochs_MeansPerEpochSortedByEpoch()
    {
        var figure = Figure.Of(TrainingCurveChart.Build(Steps));
        var loss = figure.Traces.Single(t => Figure.Name(t) == "loss");
        var nce = figure.Traces.Single(t => Figure.Name(t) == "nce");
        var rate = figure.Traces.Single(t => Figure.Name(t) == "learning rate");

        Assert.Equal([1.0, 2.0], Figure.Numbers(loss, "x"));
        Assert.Equal([6.0, 2.0], Figure.Numbers(loss, "y"));
        Assert.Equal([5.0, 1.0], Figure.Numbers(nce, "y"));
        Assert.Equal(0.1, Figure.Numbers(rate, "y")[0]!.Value, 12);
        Assert.Equal(0.055, Figure.Numbers(rate, "y")[1]!.Value, 12);
    }

    [Fact]
    public void Build_AllTerms_FourLossLinesAboveAndTheRateOnASecondSubplot()
    {
        var figure = Figure.Of(TrainingCurveChart.Build(Steps, "run 1"));

        Assert.Equal(["loss", "nce", "d3m extreme", "d3m extreme drop", "learning rate"], figure.Traces.Select(Figure.Name));
        Assert.All(figure.Traces, t => Assert.Equal("scatter", Figure.Type(t)));
        Assert.All(figure.Traces.Take(4), t => Assert.Equal("y", t.GetProperty("yaxis").GetString()));
        Assert.Equal("y2", figure.Traces[4].GetProperty("yaxis").GetString());
        Assert.Equal("loss (mean over steps)", figure.AxisTitle("yaxis"));
        Assert.Equal("learning rate", figure.AxisTitle("yaxis2"));
        Assert.Equal("epoch", figure.AxisTitle("xaxis2"));
        Assert.Equal("run 1", figure.Title);
    }

    [Fact]
    public void Build_ZeroD3mTerms_LeavesThemOut()
    {
        var moco = Steps.Select(s => s with { Extreme = 0, ExtremeDrop = 0 });

        var figure = Figure.Of(TrainingCurveChart.Build(moco));

        Assert.Equal(["loss", "nce", "learning rate"], figure.Traces.Select(Figure.Name));
    }

    [Fact]
    public void Build_ProgressRows_SameFigureAsTuples()
    {
        var rows = Steps.Select(s => new TrainingProgress(s.Epoch, 2, s.Step, 2, s.Loss, s.Nce, s.Extreme, s.ExtremeDrop, s.LearningRate, 10, "a", "b"));

        Assert.Equal(ChartExport.FigureJson(TrainingCurveChart.Build(Steps)), ChartExport.FigureJson(TrainingCurveChart.Build(rows)));
    }

    [Fact]
    public void Build_ProgressRowsWithKeyCosines_AddTheirEpochMeansOnAThirdSubplot()
    {
        var rows = Steps.Select((s, i) => new TrainingProgress(s.Epoch, 2, s.Step, 2, s.Loss, s.Nce, s.Extreme, s.ExtremeDrop, s.LearningRate, 10, "a", "b", KeyCosine: 0.2 * (i + 1)));

        var figure = Figure.Of(TrainingCurveChart.Build(rows));

        var spread = figure.Traces.Single(t => Figure.Name(t) == "key cosine");
        Assert.Equal("y3", spread.GetProperty("yaxis").GetString());
        Assert.Equal([1.0, 2.0], Figure.Numbers(spread, "x"));
        // Epoch 1 holds rows 2 and 3 (0.4, 0.6), epoch 2 rows 1 and 4 (0.2, 0.8).
        Assert.Equal(0.5, Figure.Numbers(spread, "y")[0]!.Value, 12);
        Assert.Equal(0.5, Figure.Numbers(spread, "y")[1]!.Value, 12);
        Assert.Equal("key cosine (0 spread, 1 collapsed)", figure.AxisTitle("yaxis3"));
        Assert.Equal(1, figure.Layout.GetProperty("xaxis3").GetProperty("dtick").GetInt32());
    }

    [Fact]
    public void Build_DivergedEpoch_IsAGap()
    {
        var figure = Figure.Of(TrainingCurveChart.Build([(1, 0, double.NaN, 1, 0, 0, 0.1), (2, 0, 2, 1, 0, 0, 0.1)]));

        Assert.Equal([null, 2.0], Figure.Numbers(figure.Traces[0], "y"));
    }

    /// <summary>Seen in the screenshot of a 3-epoch run: the epoch axes read 1, 1.5, 2, 2.5, 3.</summary>
    [Fact]
    public void Build_FewEpochs_OneTickPerWholeEpochOnBothAxes()
    {
        var figure = Figure.Of(TrainingCurveChart.Build(Steps));

        Assert.Equal(1, figure.Layout.GetProperty("xaxis").GetProperty("dtick").GetInt32());
        Assert.Equal(1, figure.Layout.GetProperty("xaxis2").GetProperty("dtick").GetInt32());
        Assert.Equal("epoch", figure.AxisTitle("xaxis"));
    }

    [Fact]
    public void Build_ManyEpochs_LeavesTheTicksToPlotly()
    {
        var steps = Enumerable.Range(1, 40).Select(e => (e, 0, 1.0, 1.0, 0.0, 0.0, 0.1)).ToArray();

        var figure = Figure.Of(TrainingCurveChart.Build(steps));

        Assert.False(figure.Layout.GetProperty("xaxis").TryGetProperty("dtick", out _));
    }
}
