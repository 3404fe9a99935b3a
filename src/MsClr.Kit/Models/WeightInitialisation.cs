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
                case BatchNorm1d or BatchNorm2d:
                    Initialise(child, mean: 1.0, generator);
                    break;
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
