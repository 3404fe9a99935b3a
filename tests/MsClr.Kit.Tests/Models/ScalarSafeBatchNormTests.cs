using MsClr.Kit.Models;
using MsClr.Kit.Tests.Architecture;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

/// <summary><see cref="ScalarSafeBatchNorm"/> against TorchSharp's BatchNorm1d/2d, the oracle: same outputs, running
/// statistics and batch counts to the bit, in training, eval and the momentum-free average calibration uses.</summary>
public sealed class ScalarSafeBatchNormTests
{
    public static TheoryData<int, double?> Cases => new() { { 1, 0.1 }, { 2, 0.1 }, { 1, null }, { 2, null } };

    [Theory]
    [MemberData(nameof(Cases))]
    [ComparesWithTorchSharpsConvertingCode]
    public void Forward_TrainThenEval_MatchesTorchSharpBitForBit(int dimensions, double? momentum)
    {
        using BatchNorm safe = dimensions == 1 ? new ScalarSafeBatchNorm1d(6) : new ScalarSafeBatchNorm2d(6);
        using BatchNorm plain = dimensions == 1 ? nn.BatchNorm1d(6) : nn.BatchNorm2d(6);
        safe.momentum = momentum;
        plain.momentum = momentum;
        var generator = new Generator(3);
        long[] shape = dimensions == 1 ? [5, 6, 7] : [5, 6, 4, 3];

        for (var batch = 0; batch < 3; batch++)
        {
            using var x = randn(shape, generator: generator).mul_(2.0).add_(0.5);
            using var a = safe.call(x);
            using var b = plain.call(x);
            Assert.True(a.equal(b).all().item<bool>(), $"training batch {batch}");
        }

        Assert.True(safe.running_mean!.equal(plain.running_mean!).all().item<bool>());
        Assert.True(safe.running_var!.equal(plain.running_var!).all().item<bool>());
        Assert.Equal(3L, safe.num_batches_tracked!.item<long>());
        safe.eval();
        plain.eval();
        using var test = randn(shape, generator: generator);
        using var evalSafe = safe.call(test);
        using var evalPlain = plain.call(test);
        Assert.True(evalSafe.equal(evalPlain).all().item<bool>(), "eval");
        Assert.Equal(3L, safe.num_batches_tracked!.item<long>()); // eval does not count
    }

    [Fact]
    [ComparesWithTorchSharpsConvertingCode]
    public void StateDict_HasTorchSharpsKeysAndShapes()
    {
        using var safe = new ScalarSafeBatchNorm2d(4);
        using var plain = nn.BatchNorm2d(4);

        var safeKeys = safe.state_dict().Select(kv => (kv.Key, string.Join("x", kv.Value.shape))).ToArray();
        var plainKeys = plain.state_dict().Select(kv => (kv.Key, string.Join("x", kv.Value.shape))).ToArray();

        Assert.Equal(plainKeys, safeKeys);
    }

    [Fact]
    public void Forward_WrongRank_NamesTheExpectedShape()
    {
        using var norm = new ScalarSafeBatchNorm2d(4);
        using var flat = zeros(2, 4);

        var error = Assert.Throws<ArgumentException>(() => norm.call(flat));

        Assert.Contains("expected 4D input", error.Message);
    }
}
