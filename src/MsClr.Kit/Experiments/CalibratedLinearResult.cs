namespace MsClr.Kit.Experiments;

/// <summary>The outcome of <see cref="CalibratedLinearEvaluation"/>.</summary>
/// <param name="Top1">Final top-1 (fraction) per evaluation format, primary format first: the number reported.</param>
/// <param name="BestPeriodicTop1">The best top-1 over the probe's periodic test evaluations per format (test-set model
/// selection, shown beside <paramref name="Top1"/> as <see cref="ExperimentResult.BestPeriodicTop1"/> is).</param>
/// <param name="EnsembleTop1">Top-1 of the formats' ensemble; null with one format.</param>
public sealed record CalibratedLinearResult(IReadOnlyDictionary<string, double> Top1, IReadOnlyDictionary<string, double> BestPeriodicTop1, double? EnsembleTop1);
