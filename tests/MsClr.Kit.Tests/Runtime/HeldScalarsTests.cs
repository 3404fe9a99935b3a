using MsClr.Kit.Runtime;
using MsClr.Kit.Tests.Architecture;
using TorchSharp;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Runtime;

public sealed class HeldScalarsTests
{
    [Fact]
    public void Of_SameNumberTwice_ReturnsTheSameLiveScalar()
    {
        var first = HeldScalars.Of(0.999);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Same(first, HeldScalars.Of(0.999));
        Assert.Equal(0.999, first.ToDouble());
    }

    [Fact]
    public void Of_IntegerAndReal_KeepTheirKinds()
    {
        Assert.Equal(ScalarType.Int64, HeldScalars.Of(2).Type);
        Assert.Equal(ScalarType.Float64, HeldScalars.Of(2.0).Type);
        Assert.Equal(1L, HeldScalars.One.ToInt64());
        Assert.NotSame(HeldScalars.Of(0.0), HeldScalars.Of(-0.0)); // by bits: −0 stays −0
    }

    [Fact]
    [ComparesWithTorchSharpsConvertingCode]
    public void Of_InAnOperation_GivesWhatTheImplicitConversionGives()
    {
        using var x = tensor(new[] { 0.1f, -2.5f, 3.25f });

        using var held = x.mul(HeldScalars.Of(0.7f)).add(HeldScalars.Of(0.3), HeldScalars.One);
        using var implicitly = x * 0.7f + 0.3;

        Assert.True(held.equal(implicitly).all().item<bool>());
    }
}
