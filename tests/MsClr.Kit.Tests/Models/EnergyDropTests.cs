using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

public class EnergyDropTests
{
    [Fact]
    public void Apply_RandomFeatures_EqualsANaiveLoopImplementation()
    {
        using var scope = NewDisposeScope();
        const int R = 2, C = 3, T = 4, V = 5;
        var x = randn([R, C, T, V], generator: new Generator(11)).mul(HeldScalars.Of(2));
        var values = x.data<float>().ToArray();
        double At(int r, int c, int t, int v) => values[(((r * C) + c) * T + t) * V + v];

        var attention = new double[R, C, T, V];
        for (var r = 0; r < R; r++)
        {
            for (var c = 0; c < C; c++)
            {
                double mean = 0;
                for (var t = 0; t < T; t++) { for (var v = 0; v < V; v++) { mean += At(r, c, t, v) / (T * V); } }
                double sum = 0;
                for (var t = 0; t < T; t++) { for (var v = 0; v < V; v++) { sum += Math.Pow(At(r, c, t, v) - mean, 2); } }
                for (var t = 0; t < T; t++)
                {
                    for (var v = 0; v < V; v++)
                    {
                        var y = Math.Pow(At(r, c, t, v) - mean, 2) / (4 * ((sum / ((T * V) - 1)) + 1e-4)) + 0.5;
                        attention[r, c, t, v] = 1 / (1 + Math.Exp(-y));
                    }
                }
            }
        }

        var spatialKeep = new double[R, V];
        for (var r = 0; r < R; r++)
        {
            for (var v = 0; v < V; v++)
            {
                double s = 0;
                for (var c = 0; c < C; c++) { for (var t = 0; t < T; t++) { s += attention[r, c, t, v] / (C * T); } }
                spatialKeep[r, v] = s < 0.7 ? 1 : 0;
            }
        }

        var spatialScale = R * V / spatialKeep.Cast<double>().Sum();
        var elementKept = attention.Cast<double>().Count(a => a < 0.7);
        var elementScale = (double)(R * C * T * V) / elementKept;

        var actual = EnergyDrop.Apply(x).data<float>().ToArray();
        for (var r = 0; r < R; r++)
        {
            for (var c = 0; c < C; c++)
            {
                for (var t = 0; t < T; t++)
                {
                    for (var v = 0; v < V; v++)
                    {
                        var expected = At(r, c, t, v) * spatialKeep[r, v] * spatialScale * (attention[r, c, t, v] < 0.7 ? 1 : 0) * elementScale;
                        Assert.Equal(expected, actual[(((r * C) + c) * T + t) * V + v], 4);
                    }
                }
            }
        }
    }

    [Fact]
    public void Attention_AnyInput_IsAtLeastSigmoidOfHalf()
    {
        using var scope = NewDisposeScope();
        var attention = EnergyDrop.Attention(randn([3, 8, 6, 7], generator: new Generator(12)));
        Assert.True(attention.min().item<float>() >= 1 / (1 + MathF.Exp(-0.5f)) - 1e-6f);
    }

    [Fact]
    public void Apply_EverythingDropped_GivesZerosNotNaN()
    {
        using var scope = NewDisposeScope();
        var output = EnergyDrop.Apply(randn([2, 4, 5, 6], generator: new Generator(13)), threshold: 0.5);
        Assert.Equal(0f, output.abs().max().item<float>());
    }
}
