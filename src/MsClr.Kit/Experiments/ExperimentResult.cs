namespace MsClr.Kit.Experiments;

/// <summary>What an experiment measured (fractions in [0, 1]).</summary>
/// <param name="SpecId">The spec's id.</param>
/// <param name="Top1">Final-epoch top-1 of the primary format's classifier.</param>
/// <param name="Top5">Final-epoch top-5 of the primary format's classifier.</param>
/// <param name="BestPeriodicTop1">Best top-1 over the periodic test evaluations (the official code's selection on the test set).</param>
/// <param name="EnsembleTop1">Top-1 of the per-format ensemble, or null with a single evaluation format.</param>
/// <param name="PerFormatTop1">Final top-1 of each evaluation format's classifier.</param>
/// <param name="PretrainSeconds">Wall-clock seconds of pretraining (0 when reused from a finished run).</param>
/// <param name="EvaluationSeconds">Wall-clock seconds of the linear evaluation.</param>
public sealed record ExperimentResult(
    string SpecId,
    double Top1,
    double Top5,
    double BestPeriodicTop1,
    double? EnsembleTop1,
    IReadOnlyDictionary<string, double> PerFormatTop1,
    double PretrainSeconds,
    double EvaluationSeconds)
{
    /// <summary>How the result was measured (<see cref="ExperimentProtocol.Describe"/>); null in results written before it was recorded.</summary>
    public string? Protocol { get; init; }

    /// <summary>Mean cosine between the keys of the last pretraining epoch (<see cref="Training.Pretraining.KeySpread"/>):
    /// near 0 when the contrastive embedding is spread, near 1 when it has collapsed; null for a baseline (no
    /// pretraining) and in results written before it was recorded.</summary>
    public double? KeyCosine { get; init; }

    /// <summary>LibTorch's intra-op thread count while the run computed (<c>MSCLR_THREADS</c>, or the machine's cores).
    /// The same spec and seed with another count adds floats in another order, and at the quick budget that alone can move
    /// top-1 by tens of points (docs/study.md); null in results written before it was recorded.</summary>
    public int? Threads { get; init; }
}
