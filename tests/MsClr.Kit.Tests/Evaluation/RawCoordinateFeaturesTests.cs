using MsClr.Kit.Evaluation;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class RawCoordinateFeaturesTests
{
    private static Tensor Batch(int n, int c, int t, int v, int m) =>
        randn([n, c, t, v, m], generator: new Generator(11)).mul(HeldScalars.Of(0.3))
            .add(arange(HeldScalars.Of(0), HeldScalars.Of(v), HeldScalars.One, ScalarType.Float32).reshape(1, 1, 1, v, 1), HeldScalars.One);

    [Fact]
    public void Statistics_MatchANaiveLoopOverPersonsJointsAndChannels()
    {
        var (n, c, t, v, m) = (3, 3, 7, 5, 2);
        using var batch = Batch(n, c, t, v, m);
        var x = batch.data<float>().ToArray();
        float At(int i, int ci, int ti, int vi, int mi) => x[(((i * c + ci) * t + ti) * v + vi) * m + mi];

        using var features = RawCoordinateFeatures.Statistics(batch);

        Assert.Equal(new long[] { n, 2 * m * v * c }, features.shape);
        var f = features.data<float>().ToArray();
        var width = 2 * m * v * c;
        for (var i = 0; i < n; i++)
        {
            for (var mi = 0; mi < m; mi++)
            {
                for (var vi = 0; vi < v; vi++)
                {
                    for (var ci = 0; ci < c; ci++)
                    {
                        var values = Enumerable.Range(0, t).Select(ti => (double)At(i, ci, ti, vi, mi)).ToArray();
                        var mean = values.Average();
                        var std = Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / t);
                        var index = mi * v * c + vi * c + ci;
                        Assert.Equal(mean, f[i * width + index], 2e-5);
                        Assert.Equal(std, f[i * width + m * v * c + index], 2e-5);
                    }
                }
            }
        }
    }

    [Fact]
    public void Statistics_OfAStillClip_HaveZeroSpreadAndThePoseAsMean()
    {
        using var pose = randn([1, 3, 1, 4, 1], generator: new Generator(3));
        using var still = pose.expand(1, 3, 9, 4, 1).contiguous();

        using var features = RawCoordinateFeatures.Statistics(still);

        var mean = features.narrow(1, 0, 12);
        Assert.True(allclose(mean, pose.permute(0, 4, 3, 1, 2).reshape(1, -1), atol: 1e-6));
        Assert.Equal(0, features.narrow(1, 12, 12).abs().max().item<float>(), 6);
    }

    [Fact]
    public void Flattened_IsTheClipInMemoryOrder()
    {
        var (n, c, t, v, m) = (2, 3, 4, 5, 2);
        using var batch = Batch(n, c, t, v, m);

        using var features = RawCoordinateFeatures.Flattened(batch);

        Assert.Equal(new long[] { n, c * t * v * m }, features.shape);
        var x = batch.data<float>().ToArray();
        var f = features.data<float>().ToArray();
        // Index c·T·V·M + t·V·M + v·M + m of clip 1.
        var (ci, ti, vi, mi) = (2, 3, 1, 1);
        var index = ((ci * t + ti) * v + vi) * m + mi;
        Assert.Equal(x[c * t * v * m + index], f[c * t * v * m + index]);
        Assert.Equal(x, f);
    }

    [Fact]
    public void Statistics_NotAFiveDimensionalBatch_Throws()
    {
        using var flat = zeros(3, 4);

        Assert.Throws<ArgumentException>(() => RawCoordinateFeatures.Statistics(flat));
    }
}
