using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Re-estimates every BatchNorm layer's running statistics of a trained network as the plain average over a pass of
/// data ("precise BN"). After a short run (tens of steps) the exponential running averages still lean on their initial
/// (0, 1), and through ten blocks that error compounds until eval mode predicts a single class; recalibrating reads the
/// statistics the weights were trained with. Weights are not touched; dropout stays off during the pass.
/// </summary>
public static class BatchNormCalibration
{
    /// <summary>Recalibrates <paramref name="network"/>'s BatchNorm statistics on the batches <paramref name="forward"/> feeds it.</summary>
    /// <param name="network">The network; left in eval mode.</param>
    /// <param name="forward">Runs the network on every calibration batch (called once, under no_grad).</param>
    public static void Run(nn.Module network, Action forward)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forward);
        var norms = network.modules().Prepend(network).OfType<BatchNorm>().Distinct().ToArray();
        network.eval();
        foreach (var norm in norms)
        {
            norm.reset_running_stats();
            norm.momentum = null;
            norm.train();
        }

        using (no_grad())
        {
            forward();
        }

        foreach (var norm in norms)
        {
            norm.momentum = 0.1;
        }

        network.eval();
    }
}
