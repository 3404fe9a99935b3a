using MsClr.Kit.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace MsClr.Kit.Models;

/// <summary>
/// One ST-GCN block: ReLU(tcn(gcn(x, A)) + residual(x)), with tcn = BN → ReLU → Conv(k×1, stride) → BN → Dropout.
/// Both ReLUs work in place: BatchNorm's backward needs its input, not its output, and the residual sum is needed by
/// nothing else, so back-propagation keeps one tensor fewer per ReLU (the same values, a smaller peak).
/// Field names and child indices follow the official state dict (<c>gcn.conv</c>, <c>tcn.0</c>…<c>tcn.4</c>,
/// <c>residual.0</c>/<c>residual.1</c>).
/// </summary>
public sealed class StGcnBlock : Module<Tensor, Tensor, Tensor>
{
    private readonly ConvTemporalGraphical gcn;
    private readonly Sequential tcn;
    private readonly Sequential? residual;
    private readonly ResidualKind _residualKind;

    /// <summary>Creates a block.</summary>
    /// <param name="inChannels">C_in.</param>
    /// <param name="outChannels">C_out.</param>
    /// <param name="partitions">K, the number of adjacency matrices.</param>
    /// <param name="temporalKernel">Temporal kernel size (9); odd.</param>
    /// <param name="stride">Temporal stride (1 or 2).</param>
    /// <param name="dropout">Dropout probability after the temporal convolution.</param>
    /// <param name="residualKind">The residual path.</param>
    /// <param name="randomness">The dropout masks' generator, shared by the encoder.</param>
    public StGcnBlock(int inChannels, int outChannels, int partitions, int temporalKernel, int stride, double dropout, ResidualKind residualKind, DropoutRandomness randomness)
        : base(nameof(StGcnBlock))
    {
        if (temporalKernel % 2 != 1)
        {
            throw new ArgumentException($"temporal kernel must be odd, got {temporalKernel}", nameof(temporalKernel));
        }

        if (residualKind == ResidualKind.Identity && (inChannels != outChannels || stride != 1))
        {
            throw new ArgumentException($"an identity residual needs C_in == C_out and stride 1 (got {inChannels}→{outChannels}, stride {stride})", nameof(residualKind));
        }

        _residualKind = residualKind;
        gcn = new ConvTemporalGraphical(inChannels, outChannels, partitions);
        tcn = Sequential(
            new ScalarSafeBatchNorm2d(outChannels),
            ReLU(inplace: true),
            Conv2d(outChannels, outChannels, kernel_size: ((long)temporalKernel, 1L), stride: ((long)stride, 1L), padding: ((long)(temporalKernel - 1) / 2, 0L)),
            new ScalarSafeBatchNorm2d(outChannels),
            new SeededDropout(dropout, randomness));
        if (residualKind == ResidualKind.Convolution)
        {
            residual = Sequential(
                Conv2d(inChannels, outChannels, kernel_size: (1L, 1L), stride: ((long)stride, 1L)),
                new ScalarSafeBatchNorm2d(outChannels));
        }

        RegisterComponents();
    }

    /// <summary>What the block computes in (set through <see cref="StGcnEncoder.Precision"/>).</summary>
    public ComputePrecision Precision
    {
        get => gcn.Precision;
        set => gcn.Precision = value;
    }

    /// <summary>Applies the block.</summary>
    /// <param name="x">(N, C_in, T, V), any floating type (cast to <see cref="Precision"/>'s).</param>
    /// <param name="adjacency">(K, V, V), already multiplied by the edge importance.</param>
    /// <returns>(N, C_out, T / stride, V) in <see cref="Precision"/>'s type.</returns>
    public override Tensor forward(Tensor x, Tensor adjacency)
    {
        using var scope = NewDisposeScope();
        var type = Precision.ComputeType();
        x = x.In(type);
        var y = tcn[0].call(gcn.forward(x, adjacency));
        y = tcn[1].call(y);
        y = Convolve((Conv2d)tcn[2], y, type);
        y = tcn[4].call(tcn[3].call(y));
        y = _residualKind switch
        {
            ResidualKind.None => y,
            ResidualKind.Identity => y.add(x, HeldScalars.One),
            _ => y.add(residual![1].call(Convolve((Conv2d)residual[0], x, type)), HeldScalars.One),
        };
        return y.relu_().MoveToOuterDisposeScope();
    }

    // fp32 goes through the module itself (the reference path); bf16 casts the weights (their gradients flow back in fp32).
    private static Tensor Convolve(Conv2d conv, Tensor x, ScalarType type) => type == ScalarType.Float32
        ? conv.call(x)
        : functional.conv2d(x, conv.weight!.In(type), conv.bias?.In(type), conv.stride, conv.padding);
}

/// <summary>The residual path of an ST-GCN block.</summary>
public enum ResidualKind
{
    /// <summary>No residual (adds 0): the first block.</summary>
    None,

    /// <summary>Identity: same channels and stride 1.</summary>
    Identity,

    /// <summary>1×1 convolution with the block's stride, then BatchNorm.</summary>
    Convolution,
}
