using MsClr.Kit.Models;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

public class GraphConvolutionTests
{
    private const int N = 2, K = 3, T = 4, V = 5;

    [Theory]
    [InlineData(3, 4)]
    [InlineData(4, 4)]
    [InlineData(6, 2)]
    public void BothOrders_RandomInput_EqualANaiveLoop(int inChannels, int outChannels)
    {
        using var scope = NewDisposeScope();
        var (x, weight, bias, adjacency) = Inputs(inChannels, outChannels, seed: 3);
        var expected = Naive(x, weight, bias, adjacency, inChannels, outChannels);

        var last = GraphConvolution.AdjacencyLast(x, weight, bias, adjacency);
        var first = GraphConvolution.AdjacencyFirst(x, weight, bias, adjacency);

        Assert.Equal(new long[] { N, outChannels, T, V }, first.shape);
        Assert.True(last.allclose(expected, rtol: 1e-5, atol: 1e-5), $"adjacency-last differs from the loop by {(last - expected).abs().max().item<float>()}");
        Assert.True(first.allclose(expected, rtol: 1e-5, atol: 1e-5), $"adjacency-first differs from the loop by {(first - expected).abs().max().item<float>()}");
    }

    [Fact]
    public void AdjacencyFirst_Gradients_EqualTheOfficialOrder()
    {
        using var scope = NewDisposeScope();
        var gradients = new List<Tensor[]>();
        foreach (var order in new Func<Tensor, Tensor, Tensor, Tensor, Tensor>[] { (x, w, b, a) => GraphConvolution.AdjacencyLast(x, w, b, a), (x, w, b, a) => GraphConvolution.AdjacencyFirst(x, w, b, a) })
        {
            var (x, weight, bias, adjacency) = Inputs(3, 5, seed: 9);
            foreach (var t in new[] { x, weight, bias, adjacency })
            {
                t.requires_grad_(true);
            }

            var upstream = randn([N, 5, T, V], generator: new Generator(4));
            (order(x, weight, bias, adjacency) * upstream).sum().backward();
            gradients.Add([x.grad!, weight.grad!, bias.grad!, adjacency.grad!]);
        }

        string[] names = ["x", "weight", "bias", "adjacency"];
        for (var i = 0; i < names.Length; i++)
        {
            Assert.True(gradients[0][i].allclose(gradients[1][i], rtol: 1e-4, atol: 1e-4), $"gradient of {names[i]} differs");
        }
    }

    [Theory]
    [InlineData(3, 8)]
    [InlineData(8, 4)]
    public void BothOrders_Bf16_EqualTheLoopWithinBf16RoundingAndReturnBf16WithFp32Gradients(int inChannels, int outChannels)
    {
        using var scope = NewDisposeScope();
        var (x, weight, bias, adjacency) = Inputs(inChannels, outChannels, seed: 5);
        var expected = Naive(x, weight, bias, adjacency, inChannels, outChannels);
        weight.requires_grad_(true);
        foreach (var result in new[]
                 {
                     GraphConvolution.AdjacencyLast(x, weight, bias, adjacency, ComputePrecision.BFloat16),
                     GraphConvolution.AdjacencyFirst(x, weight, bias, adjacency, ComputePrecision.BFloat16),
                 })
        {
            Assert.Equal(ScalarType.BFloat16, result.dtype);
            // bf16 keeps 8 significant bits: each product is off by up to 2^-8 relative, and sums of a few dozen terms
            // of both signs stay within a few percent of the largest term.
            var error = (result.to(ScalarType.Float32) - expected).abs().max().item<float>();
            Assert.True(error < 0.05 * expected.abs().max().item<float>(), $"bf16 differs from the loop by {error}");
            Assert.True(error > 0, "bf16 matched fp32 exactly: the bf16 path was not taken");
            result.sum().backward();
            Assert.Equal(ScalarType.Float32, weight.grad!.dtype);
            weight.grad!.zero_();
        }
    }

    [Theory]
    [InlineData(3, 16, true)]
    [InlineData(64, 256, true)]
    [InlineData(256, 256, false)]
    [InlineData(256, 64, false)]
    public void PrefersAdjacencyFirst_OnlyForWideningLayers(int inChannels, int outChannels, bool expected) =>
        Assert.Equal(expected, GraphConvolution.PrefersAdjacencyFirst(inChannels, outChannels));

    private static (Tensor X, Tensor Weight, Tensor Bias, Tensor Adjacency) Inputs(int inChannels, int outChannels, ulong seed)
    {
        var generator = new Generator(seed);
        return (randn([N, inChannels, T, V], generator: generator), randn([K * outChannels, inChannels, 1, 1], generator: generator),
            randn([K * outChannels], generator: generator), rand([K, V, V], generator: generator));
    }

    private static Tensor Naive(Tensor x, Tensor weight, Tensor bias, Tensor adjacency, int inChannels, int outChannels)
    {
        var xs = x.data<float>().ToArray();
        var ws = weight.data<float>().ToArray();
        var bs = bias.data<float>().ToArray();
        var a = adjacency.data<float>().ToArray();
        var y = new float[N * outChannels * T * V];
        for (var n = 0; n < N; n++)
        {
            for (var o = 0; o < outChannels; o++)
            {
                for (var t = 0; t < T; t++)
                {
                    for (var w = 0; w < V; w++)
                    {
                        double sum = 0;
                        for (var k = 0; k < K; k++)
                        {
                            for (var v = 0; v < V; v++)
                            {
                                double conv = bs[(k * outChannels) + o];
                                for (var c = 0; c < inChannels; c++)
                                {
                                    conv += ws[(((k * outChannels) + o) * inChannels) + c] * xs[(((n * inChannels) + c) * T + t) * V + v];
                                }

                                sum += conv * a[(((k * V) + v) * V) + w];
                            }
                        }

                        y[(((n * outChannels) + o) * T + t) * V + w] = (float)sum;
                    }
                }
            }
        }

        return tensor(y).view(N, outChannels, T, V);
    }
}
