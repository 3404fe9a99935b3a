using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>The few distributions the augmentations draw from, all on the generator's own device.</summary>
internal static class RandomDraws
{
    /// <summary>Float32 values uniform in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public static Tensor Uniform(Generator generator, long[] shape, double low, double high)
    {
        using var unit = rand(shape, ScalarType.Float32, generator.device, generator: generator);
        return unit.mul(HeldScalars.Of(high - low)).add_(HeldScalars.Of(low), HeldScalars.One);
    }

    /// <summary>Bool values, each true with probability <paramref name="probability"/>.</summary>
    public static Tensor Coin(Generator generator, long count, double probability)
    {
        using var unit = rand([count], ScalarType.Float32, generator.device, generator: generator);
        return unit.lt(HeldScalars.Of(probability));
    }

    /// <summary>Int64 values uniform in {0, …, <paramref name="high"/> − 1}.</summary>
    public static Tensor Integer(Generator generator, long count, long high) =>
        randint(0, high, [count], ScalarType.Int64, generator.device, generator: generator);

    /// <summary>Float32 values from N(0, <paramref name="sigma"/>²).</summary>
    public static Tensor Normal(Generator generator, long[] shape, double sigma)
    {
        using var unit = randn(shape, ScalarType.Float32, generator.device, generator: generator);
        return unit.mul(HeldScalars.Of(sigma));
    }
}
