namespace MsClr.Kit.Tests.Plots;

/// <summary>
/// The kit's former hand-written PCA, kept as the oracle of <see cref="MsClr.Kit.Plots.Pca2"/> (now torch.linalg.eigh).
/// A deterministic two-component principal component analysis, enough to draw features in 2-D without an ML library.
/// The covariance's two leading eigenvectors are found by subspace (block power) iteration followed by an exact 2 × 2
/// Rayleigh–Ritz step, all in double precision.
/// </summary>
/// <remarks>
/// Sign convention: each component's entry of largest magnitude is positive (the first such entry on a tie), so the
/// same features always give the same picture. A missing second direction (one feature, or points on a line) is zero.
/// </remarks>
internal sealed class PowerIterationPca2
{
    private const int MaxIterations = 1000;
    private const double Tolerance = 1e-12;

    private readonly double[] _mean;
    private readonly double[] _first;
    private readonly double[] _second;

    private PowerIterationPca2(double[] mean, double[] first, double[] second, double firstVariance, double secondVariance)
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
    public static PowerIterationPca2 Fit(float[,] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var (n, d) = (features.GetLength(0), features.GetLength(1));
        if (d == 0)
        {
            throw new ArgumentException($"expected features (N, D) with D ≥ 1, got ({n}, {d})", nameof(features));
        }

        var mean = new double[d];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                mean[j] += features[i, j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            mean[j] = n == 0 ? 0 : mean[j] / n;
        }

        var covariance = Covariance(features, mean);
        var (first, second, v1, v2) = Eigen2(covariance, d);
        return new PowerIterationPca2(mean, Canonical(first), Canonical(second), v1, v2);
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

        var result = new float[n, 2];
        for (var i = 0; i < n; i++)
        {
            double a = 0, b = 0;
            for (var j = 0; j < d; j++)
            {
                var centred = features[i, j] - _mean[j];
                a += centred * _first[j];
                b += centred * _second[j];
            }

            (result[i, 0], result[i, 1]) = ((float)a, (float)b);
        }

        return result;
    }

    private static double[,] Covariance(float[,] features, double[] mean)
    {
        var (n, d) = (features.GetLength(0), mean.Length);
        var covariance = new double[d, d];
        var row = new double[d];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                row[j] = features[i, j] - mean[j];
            }

            for (var j = 0; j < d; j++)
            {
                for (var k = j; k < d; k++)
                {
                    covariance[j, k] += row[j] * row[k];
                }
            }
        }

        var scale = n > 1 ? 1.0 / (n - 1) : 0.0;
        for (var j = 0; j < d; j++)
        {
            for (var k = j; k < d; k++)
            {
                covariance[j, k] *= scale;
                covariance[k, j] = covariance[j, k];
            }
        }

        return covariance;
    }

    private static (double[] First, double[] Second, double FirstValue, double SecondValue) Eigen2(double[,] c, int d)
    {
        var q1 = new double[d];
        var q2 = new double[d];
        // Deterministic, generic starting vectors: an all-ones vector and an irregular one (fractional golden-ratio steps).
        for (var j = 0; j < d; j++)
        {
            q1[j] = 1 + (0.01 * j);
            q2[j] = ((j + 1) * 0.6180339887498949 % 1.0) - 0.5;
        }

        Orthonormalise(q1, q2);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var z1 = Multiply(c, q1);
            var z2 = Multiply(c, q2);
            var (norm1, norm2) = Orthonormalise(z1, z2);
            if (norm2 <= 1e-13 * norm1)
            {
                // Rank one: what is left of the second direction is rounding noise, which would never settle.
                Array.Clear(z2);
            }

            // Change of the spanned plane: the part of the new basis outside the old one.
            var change = Residual(z1, q1, q2) + Residual(z2, q1, q2);
            (q1, q2) = (z1, z2);
            if (change < Tolerance)
            {
                break;
            }
        }

        // Rayleigh–Ritz on the 2-D subspace separates the two eigenvectors even when their eigenvalues are close.
        var (h11, h12, h22) = (Dot(q1, Multiply(c, q1)), Dot(q1, Multiply(c, q2)), Dot(q2, Multiply(c, q2)));
        var half = (h11 - h22) / 2;
        var radius = Math.Sqrt((half * half) + (h12 * h12));
        var (large, small) = (((h11 + h22) / 2) + radius, ((h11 + h22) / 2) - radius);
        var angle = 0.5 * Math.Atan2(2 * h12, h11 - h22);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var first = q1.Select((v, j) => (cos * v) + (sin * q2[j])).ToArray();
        var second = q1.Select((v, j) => (-sin * v) + (cos * q2[j])).ToArray();
        if (d == 1 || small <= 1e-12 * Math.Max(large, double.Epsilon))
        {
            Array.Clear(second);
            small = 0;
        }

        return (first, second, Math.Max(large, 0), Math.Max(small, 0));
    }

    private static double[] Canonical(double[] vector)
    {
        var index = 0;
        for (var j = 1; j < vector.Length; j++)
        {
            if (Math.Abs(vector[j]) > Math.Abs(vector[index]) + 1e-12)
            {
                index = j;
            }
        }

        return vector[index] < 0 ? vector.Select(v => -v).ToArray() : vector;
    }

    // Returns the norms before normalising: a's, and b's after removing its part along a.
    private static (double A, double B) Orthonormalise(double[] a, double[] b)
    {
        var normA = Normalise(a);
        var projection = Dot(a, b);
        for (var j = 0; j < b.Length; j++)
        {
            b[j] -= projection * a[j];
        }

        return (normA, Normalise(b));
    }

    private static double Normalise(double[] v)
    {
        var norm = Math.Sqrt(Dot(v, v));
        for (var j = 0; j < v.Length; j++)
        {
            v[j] = norm > 1e-300 ? v[j] / norm : 0;
        }

        return norm;
    }

    private static double Residual(double[] z, double[] q1, double[] q2)
    {
        var (a, b) = (Dot(z, q1), Dot(z, q2));
        return Math.Sqrt(z.Select((v, j) => Math.Pow(v - (a * q1[j]) - (b * q2[j]), 2)).Sum());
    }

    private static double[] Multiply(double[,] m, double[] v)
    {
        var result = new double[v.Length];
        for (var i = 0; i < v.Length; i++)
        {
            double sum = 0;
            for (var j = 0; j < v.Length; j++)
            {
                sum += m[i, j] * v[j];
            }

            result[i] = sum;
        }

        return result;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }
}
