using static TorchSharp.torch;
using static TorchSharp.torch.autograd;

namespace MsClr.Kit.Models;

/// <summary>
/// The ST-GCN graph convolution as one autograd node whose backward needs only its inputs. Left to autograd, the
/// adjacency product keeps its (N, K·C_out, T, V) operand for the gradient of A: three activations' worth per block,
/// the largest thing a step keeps. Here that gradient is rebuilt from the input x, which the previous block keeps anyway:
/// with h_k = W_kᵀ g and z_k = x A_k,
/// ∂x = Σ_k h_k A_kᵀ,  ∂A_k = Σ_{n,t} xᵀ h_k + (b_k · Σ_{n,t} g) per output joint,  ∂W_k = Σ_{n,t,w} g z_kᵀ,
/// ∂b_k = Σ_{n,t,w} g · Σ_v A_k, the same multiplications autograd would do, with nothing but x, W, b and A kept.
/// The forward is <see cref="GraphConvolution"/>'s (either order). Gradients are tested against autograd's.
/// </summary>
internal sealed class GraphConvolutionFunction : SingleTensorFunction<GraphConvolutionFunction>
{
    /// <inheritdoc />
    public override string Name => nameof(GraphConvolutionFunction);

    /// <summary>Applies the graph convolution.</summary>
    /// <param name="x">(N, C_in, T, V).</param>
    /// <param name="weight">(K·C_out, C_in, 1, 1), k-major.</param>
    /// <param name="bias">(K·C_out).</param>
    /// <param name="adjacency">(K, V, V).</param>
    /// <param name="adjacencyFirst">Which exact order the forward uses (<see cref="GraphConvolution.PrefersAdjacencyFirst"/>).</param>
    /// <param name="precision">What the products compute in, forward and backward.</param>
    /// <returns>(N, C_out, T, V), fp32.</returns>
    public static Tensor Apply(Tensor x, Tensor weight, Tensor bias, Tensor adjacency, bool adjacencyFirst, ConvolutionPrecision precision) =>
        apply(x, weight, bias, adjacency, adjacencyFirst, precision);

    /// <inheritdoc />
    public override Tensor forward(AutogradContext ctx, params object[] vars)
    {
        var (x, weight, bias, adjacency) = ((Tensor)vars[0], (Tensor)vars[1], (Tensor)vars[2], (Tensor)vars[3]);
        var (adjacencyFirst, precision) = ((bool)vars[4], (ConvolutionPrecision)vars[5]);
        ctx.save_for_backward([x, weight, bias, adjacency]);
        ctx.save_data(nameof(ConvolutionPrecision), precision);
        return adjacencyFirst
            ? GraphConvolution.AdjacencyFirst(x, weight, bias, adjacency, precision)
            : GraphConvolution.AdjacencyLast(x, weight, bias, adjacency, precision);
    }

    /// <inheritdoc />
    public override List<Tensor> backward(AutogradContext ctx, Tensor grad_output)
    {
        var saved = ctx.get_saved_variables();
        var (x, weight, bias, adjacency) = (saved[0], saved[1], saved[2], saved[3]);
        var type = ((ConvolutionPrecision)ctx.get_data(nameof(ConvolutionPrecision))).ComputeType();
        using var scope = NewDisposeScope();
        var (n, inChannels, t, v) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3]);
        var partitions = adjacency.shape[0];
        var outChannels = weight.shape[0] / partitions;
        var (g, xc, a) = (grad_output.In(type), x.In(type), adjacency.In(type));

        // h[n, k, i, t, w] = Σ_o W[k, o, i] g[n, o, t, w]: a 1×1 convolution with the transposed weights.
        var transposed = weight.view(partitions, outChannels, inChannels).permute(0, 2, 1).reshape(partitions * inChannels, outChannels, 1, 1);
        var h = nn.functional.conv2d(g, transposed.In(type)).view(n, partitions, inChannels, t, v);
        var gradX = einsum("nkitw,kvw->nitv", h, a).In(ScalarType.Float32);

        var gradOutputSum = grad_output.sum([0, 2]); // (C_out, W)
        var biasPart = einsum("ko,ow->kw", bias.view(partitions, outChannels), gradOutputSum).unsqueeze(1);
        var gradAdjacency = einsum("nitv,nkitw->kvw", xc, h).In(ScalarType.Float32) + biasPart;

        var z = einsum("nitv,kvw->nkitw", xc, a);
        var gradWeight = einsum("notw,nkitw->koi", g, z).In(ScalarType.Float32).reshape(partitions * outChannels, inChannels, 1, 1);
        var gradBias = einsum("ow,kw->ko", gradOutputSum, adjacency.sum(1)).reshape(partitions * outChannels);

        // Autograd takes these handles once this returns; the enclosing scope (the caller of backward) releases ours.
        // One entry per forward argument: none for the order and the precision, which are not tensors.
        return [gradX.MoveToOuterDisposeScope(), gradWeight.MoveToOuterDisposeScope(), gradBias.MoveToOuterDisposeScope(), gradAdjacency.MoveToOuterDisposeScope(), null!, null!];
    }
}
