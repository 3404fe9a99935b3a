using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>The loss of one step: the total to back-propagate and each term as a number for logging.</summary>
/// <param name="Total">Scalar loss carrying the graph.</param>
/// <param name="Nce">InfoNCE of the normal query view (multi-positive once mining starts).</param>
/// <param name="Extreme">D³M term of the extreme view (AimCLR; 0 for SkeletonCLR).</param>
/// <param name="ExtremeDrop">D³M term of the energy-dropped extreme view (AimCLR; 0 for SkeletonCLR).</param>
/// <param name="Mined">Whether nearest-neighbour mining was used.</param>
public sealed record StepLosses(Tensor Total, double Nce, double Extreme, double ExtremeDrop, bool Mined) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Total.Dispose();
}
