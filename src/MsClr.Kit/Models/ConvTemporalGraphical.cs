using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace MsClr.Kit.Models;

/// <summary>
/// The ST-GCN graph convolution: a 1×1 convolution to K·C_out channels (k-major split), then
/// y[n, c, t, w] = Σ_k Σ_v x[n, k, c, t, v] · A[k, v, w]. Field names follow the official state dict (<c>conv</c>).
/// The product is computed in the cheaper of its two exact orders (<see cref="GraphConvolution"/>).
/// </summary>
public sealed class ConvTemporalGraphical : Module<Tensor, Tensor, Tensor>
{
    private readonly Conv2d conv;
    private readonly bool _adjacencyFirst;

    /// <summary>Creates the layer for <paramref name="partitions"/> adjacency matrices (K).</summary>
    public ConvTemporalGraphical(int inChannels, int outChannels, int partitions)
        : base(nameof(ConvTemporalGraphical))
    {
        _adjacencyFirst = GraphConvolution.PrefersAdjacencyFirst(inChannels, outChannels);
        conv = Conv2d(inChannels, outChannels * partitions, kernel_size: 1, bias: true);
        RegisterComponents();
    }

    /// <summary>What the convolution and the adjacency product compute in (set through <see cref="StGcnEncoder.Precision"/>).</summary>
    public ComputePrecision Precision { get; set; }

    /// <summary>Applies the layer.</summary>
    /// <param name="x">(N, C_in, T, V).</param>
    /// <param name="adjacency">(K, V, V), already multiplied by the edge importance.</param>
    /// <returns>(N, C_out, T, V).</returns>
    public override Tensor forward(Tensor x, Tensor adjacency) => _adjacencyFirst
        ? GraphConvolution.AdjacencyFirst(x, conv.weight!, conv.bias!, adjacency, Precision)
        : GraphConvolution.AdjacencyLast(x, conv.weight!, conv.bias!, adjacency, Precision);
}
