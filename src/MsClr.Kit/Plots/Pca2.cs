using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Plots;

/// <summary>
/// A two-component principal component analysis, enough to draw features in 2-D: the two leading eigenvectors of the
/// sample covariance from <c>torch.linalg.eigh</c>, in double precision.
/// </summary>
/// <remarks>
/// Sign convention: each component's entry of largest magnitude is positive (the first such entry on a tie), so the
/// same features always give the same picture. A missing second direction (one feature, or points on a line: variance
/// below 1e-12 of the first) is zero, with zero variance.
/// </remarks>
public sealed class Pca2
{
    private const double RelativeTolerance = 1e-12;

    private readonly double[] _mean;
    private readonly double[] _first;
    private readonly double[] _second;

    private Pca2(double[] mean, double[] first, double[] second, double firstVariance, double secondVariance)
    {
        (_mean, _first, _second) = (mean, first, second);
        Variance = [firstVariance, secondVariance];
    }

    /// <summary>Per-feature mean, length D.</summary>
    public IReadOnlyList<double> Mean => _mean;

    /// <summary>The unit direction of largest variance, length D.</summary>
    public IReadOnlyList<double> FirstComponent => _first;

    /// <summary>The unit direction of largest variance orthogonal to the first, length D (zeros when there is none).</summary>
    public IReadOnlyList<double> SecondComponent => _second;

    /// <summary>Variance along each component (sample variance, divided by N − 1), largest first.</summary>
    public IReadOnlyList<double> Variance { get; }

    /// <summary>Fits on <paramref name="features"/> and projects them: (N, D) → (N, 2).</summary>
    public static float[,] Project(float[,] features) => Fit(features).Transform(features);

    /// <summary>Fits the two leading components of (N, D) features.</summary>
    /// <exception cref="ArgumentException">The features have no column.</exception>
    public static Pca2 Fit(float[,] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var (n, d) = (features.GetLength(0), features.GetLength(1));
        if (d == 0)
        {
            throw new ArgumentException($"expected features (N, D) with D ≥ 1, got ({n}, {d})", nameof(features));
        }

        using var scope = NewDisposeScope();
        var x = tensor(features.Cast<float>().ToArray(), [n, d]).to(ScalarType.Float64);
        var mean = n == 0 ? zeros(d, ScalarType.Float64) : x.mean([0]);
        var centred = x - mean;
        var covariance = n > 1 ? centred.t().matmul(centred).div(HeldScalars.Of(n - 1)) : zeros(d, d, ScalarType.Float64);
        var (values, vectors) = linalg.eigh(covariance);
        var variances = values.clamp_min(HeldScalars.Of(0)).data<double>().ToArray();
        var largest = variances[d - 1];
        var second = d > 1 && variances[d - 2] > RelativeTolerance * largest ? variances[d - 2] : 0;
        return new Pca2(
            mean.data<double>().ToArray(),
            Canonical(Column(vectors, d - 1)),
            second > 0 ? Canonical(Column(vectors, d - 2)) : new double[d],
            largest,
            second);
    }

    /// <summary>Projects (N, D) features with the same D onto the two components: (N, 2), centred on <see cref="Mean"/>.</summary>
    public float[,] Transform(float[,] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var (n, d) = (features.GetLength(0), features.GetLength(1));
        if (d != _mean.Length)
        {
            throw new ArgumentException($"expected {_mean.Length} features per row (as fitted), got {d}", nameof(features));
        }

        using var scope = NewDisposeScope();
        var centred = tensor(features.Cast<float>().ToArray(), [n, d]).to(ScalarType.Float64) - tensor(_mean);
        var projected = centred.matmul(stack([tensor(_first), tensor(_second)], 1)).to(ScalarType.Float32).data<float>().ToArray();
        var result = new float[n, 2];
        Buffer.BlockCopy(projected, 0, result, 0, projected.Length * sizeof(float));
        return result;
    }

    private static double[] Column(Tensor matrix, long column) => matrix.select(1, column).contiguous().data<double>().ToArray();

    // Flips the vector so that its entry of largest magnitude (the first on a tie) is positive.
    private static double[] Canonical(double[] vector)
    {
        var index = 0;
        for (var j = 1; j < vector.Length; j++)
        {
            if (Math.Abs(vector[j]) > Math.Abs(vector[index]))
            {
                index = j;
            }
        }

        return vector[index] < 0 ? vector.Select(v => -v).ToArray() : vector;
    }
}
