using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Per-feature standardisation with the training set's mean and standard deviation, invariant to the features' scale:
/// features multiplied by any positive constant standardise to the same values (up to float rounding), so the probe
/// that follows gives the same predictions. An untrained encoder's features vary by about 1e-9–1e-8 between clips;
/// an absolute epsilon (<c>std + 1e-6</c>, as the kit once used) divided them by the epsilon and left the probe
/// nothing to fit.
/// </summary>
public static class FeatureStandardisation
{
    /// <summary>The guard against dividing by zero, relative to the features' mean standard deviation: a feature that
    /// varies a million times less than the typical one is treated as constant (it standardises to about 0).</summary>
    public const double RelativeEpsilon = 1e-6;

    /// <summary>A name for this standardisation, recorded in experiment specs so that results of an earlier probe are not reused.</summary>
    public const string Method = "relative-epsilon-1e-6";

    /// <summary>Standardises both sets with the statistics of <paramref name="train"/>, computed in float64.</summary>
    /// <param name="train">(N_train, D) features.</param>
    /// <param name="test">(N_test, D) features.</param>
    /// <returns>Both sets standardised, in <paramref name="train"/>'s dtype; features constant on the training set become 0.</returns>
    public static (Tensor Train, Tensor Test) Apply(Tensor train, Tensor test)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        if (train.dim() != 2 || test.dim() != 2 || train.shape[1] != test.shape[1])
        {
            throw new ArgumentException($"features: expected (N_train, D) and (N_test, D), got ({string.Join(", ", train.shape)}) and ({string.Join(", ", test.shape)})");
        }

        using var scope = NewDisposeScope();
        var train64 = train.to_type(ScalarType.Float64);
        var test64 = test.to_type(ScalarType.Float64);
        var mean = train64.mean([0], keepdim: true);
        var std = train64.std([0], keepdim: true, unbiased: train.shape[0] > 1);
        var typical = std.mean().item<double>();
        // All features constant (typical 0): any positive scale gives zeros after centring.
        var epsilon = typical > 0 ? RelativeEpsilon * typical : 1.0;
        // A tensor, not a held Scalar: epsilon depends on the data, so holding each value would grow the cache.
        var scale = std.add(tensor(epsilon, float64, std.device), HeldScalars.One);
        return (((train64 - mean) / scale).to_type(train.dtype).MoveToOuterDisposeScope(), ((test64 - mean) / scale).to_type(train.dtype).MoveToOuterDisposeScope());
    }
}
