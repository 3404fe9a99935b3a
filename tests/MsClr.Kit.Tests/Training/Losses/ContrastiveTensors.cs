using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

/// <summary>Random normalised features for the loss tests.</summary>
internal static class ContrastiveTensors
{
    /// <summary>(rows, dim) rows L2-normalised.</summary>
    public static Tensor Rows(long rows, long dim, Generator generator) =>
        nn.functional.normalize(randn([rows, dim], generator: generator), dim: 1);

    /// <summary>(dim, columns) columns L2-normalised, like a queue.</summary>
    public static Tensor Columns(long dim, long columns, Generator generator) =>
        nn.functional.normalize(randn([dim, columns], generator: generator), dim: 0);

    /// <summary>Random logits of magnitude up to about 1/T.</summary>
    public static Tensor Logits(long rows, long columns, Generator generator) =>
        randn([rows, columns], generator: generator).mul(HeldScalars.Of(5));
}
