using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// The augmented views of one batch, already in the training stream: the extreme and normal views of the clips in the
/// query format, and a normal view of the same clips in the key format. Each view keeps its format's own joint count.
/// </summary>
/// <param name="Extreme">(N, C, T, V_q, M) extremely augmented query-format view; null for SkeletonCLR, which has none.</param>
/// <param name="Query">(N, C, T, V_q, M) normally augmented query-format view.</param>
/// <param name="Key">(N, C, T, V_k, M) normally augmented key-format view of the same clips.</param>
/// <param name="QueryFormat">Format of <paramref name="Extreme"/> and <paramref name="Query"/>.</param>
/// <param name="KeyFormat">Format of <paramref name="Key"/>.</param>
/// <param name="Labels">(N) labels, for diagnostics only (pretraining never reads them).</param>
public sealed record BatchViews(Tensor? Extreme, Tensor Query, Tensor Key, SkeletonFormat QueryFormat, SkeletonFormat KeyFormat, Tensor Labels) : IDisposable
{
    /// <summary>N.</summary>
    public long Count => Query.shape[0];

    /// <inheritdoc />
    public void Dispose()
    {
        Extreme?.Dispose();
        Query.Dispose();
        Key.Dispose();
        Labels.Dispose();
    }
}
