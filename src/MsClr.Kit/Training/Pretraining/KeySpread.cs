using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// How far apart a step's keys lie on the unit sphere: the mean cosine similarity over every pair of distinct keys.
/// Keys spread over the sphere give about 0; a collapsed embedding, in which every clip maps to nearly the same
/// direction, gives about 1, and then InfoNCE cannot tell the positive from the queued negatives: L_nce sits at
/// ln(1 + K), the value of a uniform guess, whatever the encoder does.
/// </summary>
/// <remarks>Why the kit measures it: at the quick budget every pretraining run tried kept its keys at a mean cosine of
/// 0.97–1.00 (docs/study.md), the ST-GCN's pooled features start at about 0.99 after initialisation at every width,
/// and a run that never leaves that state gives features no better than an untrained encoder's.</remarks>
public static class KeySpread
{
    /// <summary>Mean cosine above which <see cref="IsCollapsed"/> calls an embedding collapsed.</summary>
    public const double CollapseThreshold = 0.9;

    /// <summary>The mean of kᵢ·kⱼ over the N(N − 1) ordered pairs i ≠ j of the rows of <paramref name="keys"/>.</summary>
    /// <param name="keys">(N, D) L2-normalised rows (MoCo's keys), N ≥ 2.</param>
    /// <returns>In [−1/(N − 1), 1] for unit rows.</returns>
    public static double MeanPairwiseCosine(Tensor keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.ndim != 2 || keys.shape[0] < 2)
        {
            throw new ArgumentException($"keys must be (N, D) with N >= 2, got ({string.Join(", ", keys.shape)})", nameof(keys));
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var n = keys.shape[0];
        // Σᵢⱼ kᵢ·kⱼ = ‖Σᵢ kᵢ‖², so the pairs need no N × N matrix; the diagonal Σᵢ ‖kᵢ‖² is taken out.
        var rows = keys.detach().to_type(ScalarType.Float64);
        var two = HeldScalars.Of(2);
        var all = rows.sum(dim: 0).pow(two).sum().item<double>();
        var diagonal = rows.pow(two).sum().item<double>();
        return (all - diagonal) / (n * (n - 1));
    }

    /// <summary>Whether <paramref name="meanCosine"/> (from <see cref="MeanPairwiseCosine"/>) is above <see cref="CollapseThreshold"/>.</summary>
    public static bool IsCollapsed(double meanCosine) => meanCosine > CollapseThreshold;
}
