using MsClr.Kit.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// BatchNorm as TorchSharp's <c>BatchNorm1d</c>/<c>BatchNorm2d</c> compute it (the same parameters and buffers, so the
/// same state_dict; eps 1e-5, momentum 0.1, affine, running statistics tracked), except that training mode counts the
/// batch in <c>num_batches_tracked</c> with a <see cref="HeldScalars"/> Scalar. TorchSharp's forward adds a temporary
/// Scalar 1 there on every call, which a collection on another thread can free during the native call.
/// </summary>
public abstract class ScalarSafeBatchNorm : BatchNorm
{
    /// <summary>A layer over <paramref name="features"/> channels.</summary>
    /// <param name="features">C, the channels normalised.</param>
    /// <param name="name">The module's name.</param>
    protected ScalarSafeBatchNorm(long features, string name)
        : base(features, eps: 1e-5, momentum: 0.1, affine: true, track_running_stats: true, device: null, dtype: null, name)
    {
    }

    /// <summary>Normalises <paramref name="input"/> per channel (dimension 1): with the batch's statistics in training
    /// mode (updating the running ones), with the running statistics in eval mode.</summary>
    /// <param name="input">(N, C, …), the shape the subclass accepts.</param>
    /// <returns>The same shape.</returns>
    public override Tensor forward(Tensor input)
    {
        ValidateInputDimensions(input);
        var averaging = momentum ?? 0.0;
        if (training && track_running_stats && num_batches_tracked is not null)
        {
            num_batches_tracked.add_(HeldScalars.One, HeldScalars.One);
            // No momentum (as BatchNormCalibration sets): the running statistics are the plain average over the batches seen.
            averaging = momentum ?? (1.0 / (double)num_batches_tracked);
        }

        var useBatchStatistics = training || (running_mean is null && running_var is null);
        var passRunning = !training || track_running_stats;
        return nn.functional.batch_norm(input, passRunning ? running_mean : null, passRunning ? running_var : null, weight, bias, useBatchStatistics, averaging, eps);
    }
}

/// <summary><see cref="ScalarSafeBatchNorm"/> over (N, C) or (N, C, L), as <c>BatchNorm1d</c>.</summary>
public sealed class ScalarSafeBatchNorm1d : ScalarSafeBatchNorm
{
    /// <summary>A layer over <paramref name="features"/> channels.</summary>
    /// <param name="features">C.</param>
    public ScalarSafeBatchNorm1d(long features)
        : base(features, "BatchNorm1d")
    {
    }

    /// <inheritdoc />
    protected override void ValidateInputDimensions(Tensor input)
    {
        if (input.ndim is not (2 or 3))
        {
            throw new ArgumentException($"expected 2D or 3D input, but got {input.ndim}D input.");
        }
    }
}

/// <summary><see cref="ScalarSafeBatchNorm"/> over (N, C, H, W), as <c>BatchNorm2d</c>.</summary>
public sealed class ScalarSafeBatchNorm2d : ScalarSafeBatchNorm
{
    /// <summary>A layer over <paramref name="features"/> channels.</summary>
    /// <param name="features">C.</param>
    public ScalarSafeBatchNorm2d(long features)
        : base(features, "BatchNorm2d")
    {
    }

    /// <inheritdoc />
    protected override void ValidateInputDimensions(Tensor input)
    {
        if (input.ndim != 4)
        {
            throw new ArgumentException($"expected 4D input, but got {input.ndim}D input.");
        }
    }
}
