using MsClr.Kit.Evaluation;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class BatchNormCalibrationTests
{
    [Fact]
    public void Run_TwoBatches_SetsTheRunningStatisticsToTheirPlainAverageAndLeavesEvalMode()
    {
        using var norm = new ScalarSafeBatchNorm1d(2);
        // Running statistics far from the data, as after a few steps from (0, 1).
        norm.running_mean!.fill_(HeldScalars.Of(-3f));
        var first = tensor(new float[] { 1, 10, 3, 10 }).reshape(2, 2);
        var second = tensor(new float[] { 5, 20, 7, 20 }).reshape(2, 2);

        BatchNormCalibration.Run(norm, () =>
        {
            norm.forward(first);
            norm.forward(second);
        });

        // Column means 2 and 6 (column 0), 10 and 20 (column 1): the cumulative average of the batch means is 4 and 15.
        Assert.Equal(4f, norm.running_mean!.data<float>()[0], 5);
        Assert.Equal(15f, norm.running_mean!.data<float>()[1], 5);
        Assert.False(norm.training);
        Assert.Equal(0.1, norm.momentum!.Value, 12);
    }
}
