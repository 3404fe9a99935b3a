using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>
/// The AimCLR objective as upstream (<c>processor/pretrain_aimclr.py</c>): L = L_nce + (L_e + L_ed) / 2, where L_nce is
/// InfoNCE up to <see cref="ContrastiveConfig.MiningStartEpoch"/> and the nearest-neighbour multi-positive InfoNCE after.
/// </summary>
/// <remarks>
/// The three views share one key and one queue snapshot. The mining mask unions the top-k queue entries of q, q_e
/// and q_ed, taken from the raw cosines (before /T), as upstream.
/// </remarks>
public sealed class AimClrLoss
{
    /// <summary>An objective with <paramref name="config"/>'s mining start and top-k (paper defaults when null).</summary>
    public AimClrLoss(ContrastiveConfig? config = null) => Config = (config ?? new ContrastiveConfig()).Validate();

    /// <summary>The hyper-parameters in use.</summary>
    public ContrastiveConfig Config { get; }

    /// <summary>Computes the objective for one step.</summary>
    /// <param name="query">Logits of the normally augmented query q, (N, 1 + K).</param>
    /// <param name="extreme">Logits of the extremely augmented query q_e, (N, 1 + K).</param>
    /// <param name="extremeDrop">Logits of q_ed (q_e's features after the energy drop), (N, 1 + K).</param>
    /// <param name="epoch">The 1-based epoch; mining applies when epoch &gt; <see cref="ContrastiveConfig.MiningStartEpoch"/>.</param>
    public AimClrLossTerms Compute(ContrastiveLogits query, ContrastiveLogits extreme, ContrastiveLogits extremeDrop, int epoch)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(extreme);
        ArgumentNullException.ThrowIfNull(extremeDrop);
        var mined = Config.UsesMining(epoch);

        using var scope = NewDisposeScope();
        Tensor nce;
        if (mined)
        {
            var mask = NearestNeighbourMining.Mask(
                Config.TopK, query.NegativeCosines, extreme.NegativeCosines, extremeDrop.NegativeCosines);
            nce = MultiPositiveInfoNce.Compute(query.Logits, mask);
        }
        else
        {
            nce = InfoNce.Compute(query.Logits);
        }

        var lossExtreme = D3mLoss.Compute(query.Logits, extreme.Logits);
        var lossExtremeDrop = D3mLoss.Compute(query.Logits, extremeDrop.Logits);
        var total = nce + ExtremeTerm(lossExtreme, lossExtremeDrop);
        return new AimClrLossTerms(
            total.MoveToOuterDisposeScope(),
            nce.detach().MoveToOuterDisposeScope(),
            lossExtreme.detach().MoveToOuterDisposeScope(),
            lossExtremeDrop.detach().MoveToOuterDisposeScope(),
            mined);
    }

    /// <summary>The extreme view's share of the objective, (L_e + L_ed) / 2; L = L_nce + this.</summary>
    /// <param name="lossExtreme">Scalar L_e.</param>
    /// <param name="lossExtremeDrop">Scalar L_ed.</param>
    public static Tensor ExtremeTerm(Tensor lossExtreme, Tensor lossExtremeDrop) => (lossExtreme + lossExtremeDrop) / 2;
}
