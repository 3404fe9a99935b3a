using MsClr.Kit.Evaluation;

namespace MsClr.Kit.Tests.Evaluation;

public sealed class SupervisedProgressViewTests
{
    private static SupervisedProgress Step(int epoch, int step) => new(epoch, 2, step, 3, 2.25, 0.1, 40.5);

    [Fact]
    public void Report_ManyStepsQuickly_ShowsTheFirstAndEveryEpochEndButThrottlesTheRest()
    {
        var shown = new List<object?>();
        var view = SupervisedProgressView.Showing(shown.Add, intervalSeconds: 3600);

        view.Report(Step(1, 0));
        view.Report(Step(1, 1));
        view.Report(Step(1, 2));
        view.Report(Step(2, 0));

        Assert.Equal(2, shown.Count);
        Assert.Equal("training on labels: epoch 1/2 step 3/3 (50 %) cross-entropy 2.250 lr 0.1 40.5 clips/s", shown[1]);
        Assert.StartsWith("training on labels: epoch 2/2 step 1/3", view.Line);
    }
}
