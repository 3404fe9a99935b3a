using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// AimCLR's attention-guided drop ("Simam_Drop"): SimAM energies of the final feature map decide which joints and
/// which elements to zero, with a rescale by the batch-global kept fraction.
/// </summary>
/// <remarks>
/// As upstream, <c>keep_prob</c> = 0.7 is used as a threshold on the attention a = sigmoid(y) ≥ 0.6225, so the most
/// salient joints and elements are the ones dropped. Unlike upstream, a mask that drops everything gives zeros instead
/// of a division by zero. The masks are computed without gradient (upstream they carry none either).
/// </remarks>
public static class EnergyDrop
{
    /// <summary>Upstream's keep_prob, used as the attention threshold.</summary>
    public const double Threshold = 0.7;

    /// <summary>Applies the drop.</summary>
    /// <param name="x">(R, C, T', V) features after the last block, R = N·M.</param>
    /// <param name="threshold">Attention threshold; elements with attention ≥ threshold are dropped.</param>
    /// <returns>(R, C, T', V).</returns>
    public static Tensor Apply(Tensor x, double threshold = Threshold)
    {
        using var scope = NewDisposeScope();
        Tensor spatialMask, elementMask;
        using (no_grad())
        {
            var attention = Attention(x);
            spatialMask = attention.mean([1, 2], keepdim: true).lt(HeldScalars.Of(threshold)).to(x.dtype);
            elementMask = attention.lt(HeldScalars.Of(threshold)).to(x.dtype);
        }

        var spatiallyDropped = x * spatialMask * KeptScale(spatialMask, spatialMask.numel());
        return (spatiallyDropped * elementMask * KeptScale(elementMask, elementMask.numel())).MoveToOuterDisposeScope();
    }

    /// <summary>SimAM attention a = sigmoid(d / (4·(Σd / (T'·V − 1) + 1e-4)) + 0.5) with d = (x − μ)², μ the mean over (T', V).</summary>
    /// <param name="x">(R, C, T', V).</param>
    /// <returns>(R, C, T', V), every value in [sigmoid(0.5), 1).</returns>
    public static Tensor Attention(Tensor x)
    {
        using var scope = NewDisposeScope();
        var count = x.shape[2] * x.shape[3];
        var squared = (x - x.mean([2, 3], keepdim: true)).pow(HeldScalars.Of(2));
        var variance = squared.sum([2, 3], keepdim: true).div(HeldScalars.Of(count - 1));
        var y = (squared / variance.add(HeldScalars.Of(1e-4), HeldScalars.One).mul(HeldScalars.Of(4))).add(HeldScalars.Of(0.5), HeldScalars.One);
        return sigmoid(y).MoveToOuterDisposeScope();
    }

    // numel / kept over the whole batch (the mask is broadcast, so numel counts its own elements, as upstream).
    private static Tensor KeptScale(Tensor mask, long numel)
    {
        var kept = mask.sum();
        return where(kept.gt(HeldScalars.Of(0)), kept.clamp_min(HeldScalars.One).reciprocal().mul(HeldScalars.Of(numel)), zeros_like(kept));
    }
}
