using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class MomentumUpdateTests
{
    private static nn.Module Encoder(int outputs = 2) => nn.Sequential(nn.Linear(2, outputs), new ScalarSafeBatchNorm1d(outputs));

    private static void Fill(nn.Module module, float start)
    {
        using var noGrad = no_grad();
        foreach (var parameter in module.parameters())
        {
            parameter.copy_(arange(HeldScalars.Of(0), HeldScalars.Of(parameter.numel()), HeldScalars.One, float32).reshape(parameter.shape).add(HeldScalars.Of(start), HeldScalars.One));
        }
    }

    [Fact]
    public void Apply_Momentum0999_EqualsHandValues()
    {
        using var scope = NewDisposeScope();
        using var query = nn.Linear(1, 2, hasBias: false);
        using var key = nn.Linear(1, 2, hasBias: false);
        using (no_grad())
        {
            query.weight!.copy_(tensor(new[] { 3f, 4f }).reshape(2, 1));
            key.weight!.copy_(tensor(new[] { 1f, 2f }).reshape(2, 1));
        }

        MomentumUpdate.Apply(query, key, 0.999);

        // 0.999·1 + 0.001·3 and 0.999·2 + 0.001·4.
        var updated = key.weight!.data<float>().ToArray();
        Assert.Equal(1.002, updated[0], 1e-6);
        Assert.Equal(2.002, updated[1], 1e-6);
        Assert.Equal([3f, 4f], query.weight!.data<float>().ToArray());
    }

    [Fact]
    public void Apply_Modules_UpdatesEveryParameterByName()
    {
        using var scope = NewDisposeScope();
        using var query = Encoder();
        using var key = Encoder();
        Fill(query, 10);
        Fill(key, 0);

        MomentumUpdate.Apply(query, key, 0.9);

        var queryParameters = query.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        foreach (var (name, parameter) in key.named_parameters())
        {
            var expected = arange(HeldScalars.Of(0), HeldScalars.Of(parameter.numel()), HeldScalars.One, float32).reshape(parameter.shape).mul(HeldScalars.Of(0.9))
                .add(queryParameters[name].mul(HeldScalars.Of(0.1)), HeldScalars.One);
            Assert.True(parameter.allclose(expected, rtol: 0, atol: 1e-5), name);
        }
    }

    [Fact]
    public void Apply_Modules_LeavesKeyBuffersUntouched()
    {
        using var scope = NewDisposeScope();
        using var query = Encoder();
        using var key = Encoder();
        using (no_grad())
        {
            query.get_buffer("1.running_mean")!.copy_(tensor(new[] { 1f, 2f }));
            key.get_buffer("1.running_mean")!.copy_(tensor(new[] { 5f, 6f }));
        }

        MomentumUpdate.CopyParameters(query, key);
        MomentumUpdate.Apply(query, key, 0.5);

        Assert.Equal([5f, 6f], key.get_buffer("1.running_mean")!.data<float>().ToArray());
    }

    [Fact]
    public void CopyAndFreeze_Modules_KeyEqualsQueryAndHasNoGradient()
    {
        using var scope = NewDisposeScope();
        using var query = Encoder();
        using var key = Encoder();
        Fill(query, 3);

        MomentumUpdate.CopyParameters(query, key);
        MomentumUpdate.Freeze(key);

        var queryParameters = query.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        foreach (var (name, parameter) in key.named_parameters())
        {
            Assert.True(parameter.equal(queryParameters[name]).all().item<bool>(), name);
            Assert.False(parameter.requires_grad, name);
        }

        Assert.All(query.parameters(), p => Assert.True(p.requires_grad));
    }

    [Fact]
    public void Apply_ShapeMismatch_ThrowsNamingTheParameter()
    {
        using var scope = NewDisposeScope();
        using var query = Encoder(2);
        using var key = Encoder(3);

        var error = Assert.Throws<ArgumentException>(() => MomentumUpdate.Apply(query, key, 0.999));

        Assert.Contains("'0.weight'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MissingParameter_ThrowsNamingIt()
    {
        using var scope = NewDisposeScope();
        using var query = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 2));
        using var key = nn.Sequential(nn.Linear(2, 2));

        var error = Assert.Throws<ArgumentException>(() => MomentumUpdate.Apply(query, key, 0.999));
        var reverse = Assert.Throws<ArgumentException>(() => MomentumUpdate.Apply(key, query, 0.999));

        Assert.Contains("'1.weight'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'1.weight'", reverse.Message, StringComparison.Ordinal);
    }
}
