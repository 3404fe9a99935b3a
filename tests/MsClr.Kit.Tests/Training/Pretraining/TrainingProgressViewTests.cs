using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Tests.Training.Pretraining;

public class TrainingProgressViewTests
{
    private static TrainingProgress Step(int epoch, int step) => new(epoch, 2, step, 3, 1.5, 1.0, 0.25, 0.25, 0.1, 12.5, "ntu-rgb+d", "smplx_42", KeyCosine: 0.5);

    [Fact]
    public void Report_ManyStepsQuickly_ShowsTheFirstAndEveryEpochEndButThrottlesTheRest()
    {
        var shown = new List<object?>();
        var view = TrainingProgressView.Showing(shown.Add, intervalSeconds: 3600);

        view.Report(Step(1, 0));
        view.Report(Step(1, 1));
        view.Report(Step(1, 2));
        view.Report(Step(2, 0));

        Assert.Equal(2, shown.Count);
        Assert.Equal("epoch 1/2 step 3/3 (50 %) loss 1.500 nce 1.000 d3m 0.250/0.250 lr 0.1 key cos 0.500 12.5 clips/s [ntu-rgb+d → smplx_42]", shown[1]);
        Assert.StartsWith("epoch 2/2 step 1/3", view.Line);
    }
}
