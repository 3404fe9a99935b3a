using MsClr.Kit.Models;

namespace MsClr.Bench;

/// <summary>
/// Floating-point operations of the ST-GCN encoder and of one AimCLR step, counted from the architecture (a multiply-add
/// is 2 FLOPs; BatchNorm, ReLU, pooling and the loss are left out: they are well under 1 % here).
/// </summary>
internal static class StepFlops
{
    /// <summary>Forward FLOPs of the trunk for <paramref name="rows"/> = N·M sequences of <paramref name="frames"/> frames
    /// at <paramref name="joints"/> joints with K = 3 partitions.</summary>
    public static double EncoderForward(EncoderConfig config, long rows, long frames, long joints, int partitions = 3)
    {
        double flops = 0;
        var t = frames;
        foreach (var block in config.Blocks)
        {
            // gcn: 1x1 conv to K·C_out channels, then the adjacency product over V for every partition.
            flops += 2.0 * rows * t * joints * block.In * partitions * block.Out;
            flops += 2.0 * rows * partitions * block.Out * t * joints * joints;
            var tOut = ((t - 1) / block.Stride) + 1;
            flops += 2.0 * rows * tOut * joints * block.Out * block.Out * config.TemporalKernel;
            if (block.Residual == ResidualKind.Convolution)
            {
                flops += 2.0 * rows * tOut * joints * block.In * block.Out;
            }

            t = tOut;
        }

        return flops;
    }

    /// <summary>One AimCLR step: the query and extreme views forward and backward (backward ≈ 2× forward), the key view
    /// forward only.</summary>
    public static double AimClrStep(EncoderConfig config, long batch, long frames, long persons, long queryJoints, long keyJoints)
    {
        var rows = batch * persons;
        var query = EncoderForward(config, rows, frames, queryJoints);
        return (3 * 2 * query) + EncoderForward(config, rows, frames, keyJoints);
    }
}
