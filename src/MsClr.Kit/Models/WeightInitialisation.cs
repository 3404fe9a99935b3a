using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// The official initialisation (AimCLR <c>weights_init</c>): convolution and linear weights ~ N(0, 0.02) with zero
/// bias; BatchNorm weights ~ N(1, 0.02) with zero bias. Edge importance and adjacency buffers are left as they are.
/// </summary>
public static class WeightInitialisation
{
    /// <summary>Initialises every submodule of <paramref name="module"/> in registration order from <paramref name="generator"/>.</summary>
    public static void Apply(nn.Module module, Generator generator)
    {
        using var noGrad = no_grad();
        foreach (var (_, child) in module.named_modules())
        {
            switch (child)
            {
                case Conv1d or Conv2d or Linear:
                    Initialise(child, mean: 0.0, generator);
                    break;
                case BatchNorm:
                    Initialise(child, mean: 1.0, generator);
                    break;
            }
        }
    }

    /// <summary>Redraws the weight of every <c>Linear</c> in <paramref name="head"/> (in registration order) from
    /// N(0, 1/fan-in), biases left as they are: <see cref="ProjectionInitialisation.FanIn"/>.</summary>
    public static void RedrawLinearFanIn(nn.Module head, Generator generator)
    {
        using var noGrad = no_grad();
        foreach (var (_, child) in head.named_modules())
        {
            if (child is Linear linear)
            {
                linear.weight!.normal_(0, 1.0 / Math.Sqrt(linear.weight.shape[1]), generator);
            }
        }
    }

    private static void Initialise(nn.Module layer, double mean, Generator generator)
    {
        foreach (var (name, parameter) in layer.named_parameters(recurse: false))
        {
            if (name == "weight")
            {
                parameter.normal_(mean, 0.02, generator);
            }
            else if (name == "bias")
            {
                parameter.zero_();
            }
        }
    }
}

/// <summary>How the pretraining projection head's linear layers start.</summary>
public enum ProjectionInitialisation
{
    /// <summary>The official N(0, 0.02) of every linear weight (<see cref="WeightInitialisation.Apply"/>), the paper's.</summary>
    Official,

    /// <summary>N(0, 1/fan-in), redrawn after the official initialisation: keeps the head's output at the scale of its
    /// input at any width. Under the official draw a narrow head's output is small (‖z‖ 0.057 at the quick budget against
    /// 0.507 at the paper's size), and normalising z divides its gradient by ‖z‖; the budget study uses this to ask
    /// whether the quick budget's collapsed embedding comes from that (docs/study.md).</summary>
    FanIn,
}
