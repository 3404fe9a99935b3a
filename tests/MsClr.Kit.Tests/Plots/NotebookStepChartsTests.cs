using MsClr.Kit.Evaluation;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Plots;

public class NotebookStepChartsTests
{
    [Fact]
    public void ConfusionMatrix_Counts_AreSharesOfTheTrueClassWithNamesInTheHover()
    {
        var metrics = new ClassificationMetrics(0.5, 1, [0.75, 0.0, double.NaN], new long[,] { { 3, 1, 0 }, { 2, 0, 0 }, { 0, 0, 0 } });

        var figure = Figure.Of(ConfusionMatrixChart.Build(metrics, ["wave", "clap", "jump"]));
        var trace = figure.Traces.Single();
        var z = trace.GetProperty("z").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

        Assert.Equal("heatmap", Figure.Type(trace));
        Assert.Equal([75.0, 25.0, 0.0], z[0]);
        Assert.Equal([100.0, 0.0, 0.0], z[1]);
        Assert.Equal([0.0, 0.0, 0.0], z[2]); // a class without clips is a blank row, not NaN
        Assert.Contains("true: 1 clap<br>predicted: 0 wave<br>2 of 2 clips", trace.GetProperty("hovertext")[1][0].GetString());
        Assert.Equal(["0", "1", "2"], Figure.Strings(trace, "x"));
        Assert.Throws<ArgumentException>(() => ConfusionMatrixChart.Build(metrics, ["wave", "clap"]));
    }

    [Fact]
    public void LossTerms_OneStep_FourTermsAndTheChanceLevelLnKPlusOne()
    {
        var figure = Figure.Of(LossTermsChart.Build(new StepLosses(1.5f, 1.0, 0.8, 1.2, Mined: false), queueSize: 63));
        var bars = figure.Traces.Single();

        Assert.Equal(LossTermsChart.Terms, Figure.Strings(bars, "x"));
        var y = Figure.Numbers(bars, "y");
        Assert.Equal([1.0, 0.8, 1.2, 1.5], y.Take(4).Select(v => Math.Round(v!.Value, 6)));
        Assert.Equal(Math.Log(64), y[4]!.Value, 12);
    }

    [Fact]
    public void LiveTrainingCurve_Steps_ShowsAtEveryEpochEndAndKeepsEveryStep()
    {
        var shown = new List<object?>();
        var curve = LiveTrainingCurve.Showing(shown.Add, "run", intervalSeconds: 3600);
        foreach (var (epoch, step) in new[] { (1, 0), (1, 1), (2, 0), (2, 1) })
        {
            curve.Report(new TrainingProgress(epoch, 2, step, 2, 5 - epoch, 4, 0.5, 0.5, 0.1, 10, "a", "b"));
        }

        Assert.Equal(4, curve.Steps.Count);
        Assert.Equal(3, shown.Count); // the first report, then the end of each epoch
        var last = Figure.Of(Assert.IsAssignableFrom<Plotly.NET.GenericChart>(shown[^1]));
        Assert.Equal([1.0, 2.0], Figure.Numbers(last.Traces.Single(t => Figure.Name(t) == "loss"), "x"));
    }

    [Fact]
    public void PoseFrames_MiddleFrame_IsPersonZeroAtFrameTOver2AsJointMajorXyz()
    {
        using var scope = NewDisposeScope();
        var batch = arange(HeldScalars.Of(0), HeldScalars.Of(2 * 3 * 4 * 5 * 2), HeldScalars.One, ScalarType.Float32).reshape(2, 3, 4, 5, 2);

        var frame = PoseFrames.MiddleFrame(batch, clip: 1);

        var expected = Enumerable.Range(0, 5).SelectMany(v => Enumerable.Range(0, 3).Select(c => batch[1, c, 2, v, 0].item<float>()));
        Assert.Equal(expected, frame);
        Assert.Throws<ArgumentException>(() => PoseFrames.MiddleFrame(batch, clip: 2));
    }

    [Fact]
    public void SkeletonFormatsFigure_TitledPoses_UseTheGivenSubplotTitles()
    {
        var format = SkeletonFormats.NtuRgbD;
        var pose = new float[3 * format.JointCount];

        var figure = Figure.Of(SkeletonFormatsFigure.Build([("stored clip", format, pose), ("normal view", format, pose)], "views"));
        var titles = figure.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString());

        Assert.Equal(["stored clip", "normal view"], titles);
    }

    [Fact]
    public void EmbeddingScatter_FromTensor_OneTracePerClassWithItsRows()
    {
        using var scope = NewDisposeScope();
        var features = randn([6, 4], generator: new Generator(3));

        var figure = Figure.Of(EmbeddingScatterChart.Build(features, [0L, 1, 0, 2, 2, 0], ["a", "b", "c"]));

        Assert.Equal(["a", "b", "c"], figure.Traces.Select(Figure.Name));
        Assert.Equal(3, Figure.Numbers(figure.Traces[0], "x").Length);
        Assert.Throws<ArgumentException>(() => EmbeddingScatterChart.Build(features, [0L, 1], ["a", "b"]));
    }
}
