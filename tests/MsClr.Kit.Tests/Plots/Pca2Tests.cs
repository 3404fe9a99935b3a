using MsClr.Kit.Plots;

namespace MsClr.Kit.Tests.Plots;

public class Pca2Tests
{
    // Largest-magnitude entry negative, so the sign convention must flip it.
    private static readonly double[] Direction = Normalised([0.3, -0.9, 0.1, 0.2]);
    private static readonly double[] Offset = [1, 2, -3, 0.5];

    private static double Dot(IReadOnlyList<double> a, IReadOnlyList<double> b) => a.Zip(b, (x, y) => x * y).Sum();

    private static double[] Normalised(double[] v) => v.Select(x => x / Math.Sqrt(v.Sum(y => y * y))).ToArray();

    private static float[,] Line(double[] ts)
    {
        var features = new float[ts.Length, Direction.Length];
        for (var i = 0; i < ts.Length; i++)
        {
            for (var j = 0; j < Direction.Length; j++)
            {
                features[i, j] = (float)(Offset[j] + (ts[i] * Direction[j]));
            }
        }

        return features;
    }

    [Fact]
    public void Fit_PointsOnALine_FirstComponentIsTheLineWithLargestEntryPositive()
    {
        var pca = Pca2.Fit(Line([-2, -1, 0, 0.5, 1, 3]));

        for (var j = 0; j < Direction.Length; j++)
        {
            Assert.Equal(-Direction[j], pca.FirstComponent[j], 5);
            Assert.Equal(Offset[j] + (0.25 * Direction[j]), pca.Mean[j], 5);
        }

        Assert.All(pca.SecondComponent, v => Assert.Equal(0, v));
        Assert.Equal(0, pca.Variance[1]);
    }

    [Fact]
    public void Project_PointsOnALine_FirstCoordinateIsTheSignedPositionAndSecondIsZero()
    {
        double[] ts = [-2, -1, 0, 0.5, 1, 3];

        var projected = Pca2.Project(Line(ts));

        for (var i = 0; i < ts.Length; i++)
        {
            Assert.Equal(-(ts[i] - 0.25), projected[i, 0], 4);
            Assert.Equal(0, projected[i, 1], 4);
        }
    }

    [Fact]
    public void Fit_AnisotropicCloud_OrthonormalComponentsAlongTheAxesLargestVarianceFirst()
    {
        var features = new float[200, 3];
        for (var i = 0; i < 200; i++)
        {
            (features[i, 0], features[i, 1], features[i, 2]) = ((float)(Math.Sin(i) * 1), (float)(Math.Cos(i * 1.7) * 5), (float)(Math.Sin(i * 0.3) * 2));
        }

        var pca = Pca2.Fit(features);

        Assert.Equal(1, Dot(pca.FirstComponent, pca.FirstComponent), 9);
        Assert.Equal(1, Dot(pca.SecondComponent, pca.SecondComponent), 9);
        Assert.Equal(0, Dot(pca.FirstComponent, pca.SecondComponent), 9);
        Assert.True(pca.Variance[0] >= pca.Variance[1]);
        Assert.True(Math.Abs(pca.FirstComponent[1]) > 0.99, $"first component {string.Join(", ", pca.FirstComponent)}");
        Assert.True(Math.Abs(pca.SecondComponent[2]) > 0.9, $"second component {string.Join(", ", pca.SecondComponent)}");
        Assert.True(pca.FirstComponent[1] > 0 && pca.SecondComponent[2] > 0);
    }

    [Fact]
    public void Project_SameFeaturesTwice_IdenticalResult()
    {
        var features = new float[50, 8];
        for (var i = 0; i < 50; i++)
        {
            for (var j = 0; j < 8; j++)
            {
                features[i, j] = (float)Math.Sin((i * 8) + (j * j));
            }
        }

        Assert.Equal(Pca2.Project(features), Pca2.Project(features));
    }

    [Fact]
    public void Fit_SingleFeatureColumn_SecondComponentIsZero()
    {
        var pca = Pca2.Fit(new float[,] { { 1 }, { 3 }, { 2 } });

        Assert.Equal([1.0], pca.FirstComponent);
        Assert.Equal([0.0], pca.SecondComponent);
        Assert.Equal(1.0, pca.Variance[0], 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fit_RandomFeatures_MatchesTheFormerPowerIterationUpToSign(int seed)
    {
        var random = new Random(seed);
        var features = new float[40, 6];
        for (var i = 0; i < 40; i++)
        {
            for (var j = 0; j < 6; j++)
            {
                features[i, j] = (float)((random.NextDouble() - 0.5) * (6 - j) + (0.3 * j));
            }
        }

        var expected = PowerIterationPca2.Fit(features);
        var actual = Pca2.Fit(features);

        Assert.All(Enumerable.Range(0, 6), j => Assert.Equal(expected.Mean[j], actual.Mean[j], 9));
        Assert.Equal(expected.Variance[0], actual.Variance[0], 6);
        Assert.Equal(expected.Variance[1], actual.Variance[1], 6);
        Assert.Equal(1, Math.Abs(Dot(expected.FirstComponent, actual.FirstComponent)), 6);
        Assert.Equal(1, Math.Abs(Dot(expected.SecondComponent, actual.SecondComponent)), 6);
        var (old, current) = (expected.Transform(features), actual.Transform(features));
        for (var c = 0; c < 2; c++)
        {
            var sign = Math.Sign(Dot(c == 0 ? expected.FirstComponent : expected.SecondComponent, c == 0 ? actual.FirstComponent : actual.SecondComponent));
            Assert.All(Enumerable.Range(0, 40), i => Assert.Equal(old[i, c], sign * current[i, c], 4));
        }
    }
}
