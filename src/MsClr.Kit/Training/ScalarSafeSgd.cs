using MsClr.Kit.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MsClr.Kit.Training;

/// <summary>
/// Stochastic gradient descent as <see cref="SGD"/> computes it (PyTorch's algorithm: weight decay added to the gradient,
/// momentum buffer b ← μ·b + (1 − dampening)·g, seeded with g on the first step, Nesterov or plain, then θ ← θ − lr·update),
/// the same operations in the same order, with every number passed to LibTorch as a <see cref="HeldScalars"/> Scalar.
/// TorchSharp's own step converts the learning rate, momentum and weight decay to temporary Scalars for every parameter,
/// which a collection on another thread can free during the native call. It is an <see cref="SGD"/>: its options,
/// parameter groups, momentum buffers and state_dict are TorchSharp's, so checkpoints are unchanged.
/// </summary>
public sealed class ScalarSafeSgd : SGD
{
    /// <summary>An optimiser over <paramref name="parameters"/>, with <see cref="SGD"/>'s arguments and defaults.</summary>
    /// <param name="parameters">The parameters it updates.</param>
    /// <param name="lr">Learning rate.</param>
    /// <param name="momentum">Momentum μ (0 for none).</param>
    /// <param name="dampening">Dampening of the gradient in the momentum buffer.</param>
    /// <param name="weight_decay">L2 weight decay added to the gradient.</param>
    /// <param name="nesterov">Nesterov momentum.</param>
    /// <param name="maximize">Ascend instead of descend.</param>
    public ScalarSafeSgd(IEnumerable<Parameter> parameters, double lr, double momentum = 0, double dampening = 0, double weight_decay = 0, bool nesterov = false, bool maximize = false)
        : base(parameters, lr, momentum, dampening, weight_decay, nesterov, maximize)
    {
    }

    /// <inheritdoc />
    public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(group =>
    {
        var options = group.Options;
        var momentum = options.momentum!.Value;
        var dampening = options.dampening!.Value;
        var weightDecay = options.weight_decay!.Value;
        var learningRate = options.LearningRate!.Value;
        foreach (var parameter in group.Parameters)
        {
            var gradient = parameter.grad;
            if (gradient is null)
            {
                continue;
            }

            if (weightDecay != 0)
            {
                gradient = gradient.add(parameter, HeldScalars.Of(weightDecay));
            }

            if (momentum != 0)
            {
                var state = (State)_state[parameter.Handle];
                var buffer = state.momentum_buffer;
                if (buffer is null)
                {
                    buffer = gradient.clone().detach().DetachFromDisposeScope();
                }
                else
                {
                    buffer.mul_(HeldScalars.Of(momentum)).add_(gradient, HeldScalars.Of(1 - dampening));
                }

                gradient = options.nesterov!.Value ? gradient.add(buffer, HeldScalars.Of(momentum)) : buffer;
                state.momentum_buffer = buffer;
            }

            parameter.add_(gradient, HeldScalars.Of(options.maximize!.Value ? learningRate : -learningRate));
        }
    }, closure);
}
