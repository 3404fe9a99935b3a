using MsClr.Kit.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Runtime;

public class TorchSharpLoadsTests
{
    [Fact]
    public void Conv2d_OnKnownInput_ComputesTheHandSum()
    {
        // A 3x3 all-ones kernel over a 4x4 ramp: each output is the sum of a 3x3 window, computed here by hand.
        using var scope = NewDisposeScope();
        var input = arange(HeldScalars.Of(0), HeldScalars.Of(16), HeldScalars.One, ScalarType.Float32).reshape(1, 1, 4, 4);
        var conv = nn.Conv2d(1, 1, 3, bias: false);
        using (no_grad())
        {
            conv.weight!.fill_(HeldScalars.Of(1f));
        }

        var output = conv.forward(input);

        Assert.Equal(new long[] { 1, 1, 2, 2 }, output.shape);
        Assert.Equal(new[] { 45f, 54f, 81f, 90f }, output.data<float>().ToArray());
    }

    [Fact]
    public void ComputeDevice_OnThisMachine_IsCpuOrAvailableCuda()
    {
        var device = KitEnvironment.ComputeDevice;
        Assert.True(device.type == DeviceType.CPU || cuda.is_available());
    }

    [Fact]
    public void ConfigureThreads_Requested_SetsLibTorchsPoolAndNullLeavesIt()
    {
        var before = get_num_threads();
        var other = before == 1 ? 2 : 1;
        try
        {
            Assert.Equal(other, KitEnvironment.ConfigureThreads(other.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(other, get_num_threads());
            Assert.Equal(other, KitEnvironment.ConfigureThreads(null));
        }
        finally
        {
            set_num_threads(before);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("two")]
    public void ConfigureThreads_NotAPositiveInteger_FailsNamingTheVariable(string requested)
    {
        var error = Assert.Throws<InvalidOperationException>(() => KitEnvironment.ConfigureThreads(requested));

        Assert.Contains($"{KitEnvironment.ThreadsVariable}='{requested}'", error.Message);
    }
}
