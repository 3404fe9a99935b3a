using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// The two exact orders of the ST-GCN graph convolution y[n, o, t, w] = Σ_k Σ_v (W_k x + b_k)[n, o, t, v] · A[k, v, w]
/// with W (K·C_out, C_in) stored k-major as the official 1×1 convolution. They give the same result (to float
/// rounding); which is cheaper depends on the channel counts, see <see cref="PrefersAdjacencyFirst"/>.
/// </summary>
public static class GraphConvolution
{
    /// <summary>Whether applying the adjacency first is the cheaper order: its intermediate has K·C_in channels instead
    /// of K·C_out, with the same multiply count in the 1×1 convolution. Only a widening layer gains (the ST-GCN's blocks
    /// 1, 4, 7 and 10): at equal widths the permuted copy of its (N, K, C, T, V) product costs more than it saves
    /// (measured with <c>scripts/bench.sh --suite blocks</c>: 43 against 27 ms at 16→16, 105 against 141 ms at 64→256).</summary>
    public static bool PrefersAdjacencyFirst(int inChannels, int outChannels) => inChannels < outChannels;

    /// <summary>The official order: the 1×1 convolution to K·C_out channels, then the adjacency product.</summary>
    /// <param name="x">(N, C_in, T, V).</param>
    /// <param name="weight">(K·C_out, C_in, 1, 1), k-major.</param>
    /// <param name="bias">(K·C_out).</param>
    /// <param name="adjacency">(K, V, V).</param>
    /// <returns>(N, C_out, T, V).</returns>
    /// <param name="precision">What the convolution and the product compute in, and the result's type.</param>
    public static Tensor AdjacencyLast(Tensor x, Tensor weight, Tensor bias, Tensor adjacency, ComputePrecision precision = ComputePrecision.Float32)
    {
        using var scope = NewDisposeScope();
        var type = precision.ComputeType();
        var partitions = adjacency.shape[0];
        var y = nn.functional.conv2d(x.In(type), weight.In(type), bias.In(type));
        y = y.view(y.shape[0], partitions, y.shape[1] / partitions, y.shape[2], y.shape[3]);
        return einsum("nkctv,kvw->nctw", y, adjacency.In(type)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The adjacency applied to the input first: z[n, k·C_in + c, t, w] = Σ_v x[n, c, t, v] A[k, v, w], then one 1×1
    /// convolution with the weights rearranged to (C_out, K·C_in); the bias, which the official order sends through the
    /// adjacency, becomes Σ_k b_k[o] · Σ_v A[k, v, w] per output joint.
    /// </summary>
    /// <param name="x">(N, C_in, T, V).</param>
    /// <param name="weight">(K·C_out, C_in, 1, 1), k-major.</param>
    /// <param name="bias">(K·C_out).</param>
    /// <param name="adjacency">(K, V, V).</param>
    /// <returns>(N, C_out, T, V).</returns>
    /// <param name="precision">What the product and the convolution compute in, and the result's type (the bias is rounded
    /// to it too).</param>
    public static Tensor AdjacencyFirst(Tensor x, Tensor weight, Tensor bias, Tensor adjacency, ComputePrecision precision = ComputePrecision.Float32)
    {
        using var scope = NewDisposeScope();
        var type = precision.ComputeType();
        var (n, inChannels, t, v) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3]);
        var partitions = adjacency.shape[0];
        var outChannels = weight.shape[0] / partitions;
        var z = einsum("nctv,kvw->nkctw", x.In(type), adjacency.In(type)).reshape(n, partitions * inChannels, t, v);
        var fused = weight.view(partitions, outChannels, inChannels).permute(1, 0, 2).reshape(outChannels, partitions * inChannels, 1, 1);
        var jointBias = einsum("ko,kw->ow", bias.view(partitions, outChannels), adjacency.sum(1)).view(1, outChannels, 1, v);
        return nn.functional.conv2d(z, fused.In(type)).add_(jointBias.In(type), HeldScalars.One).MoveToOuterDisposeScope();
    }
}
