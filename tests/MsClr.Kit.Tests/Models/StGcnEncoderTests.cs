using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

public class StGcnEncoderTests
{
    private static StGcnEncoder Encoder(EncoderConfig config, params SkeletonFormat[] formats) =>
        new(new FormatSet(formats), config, Heads.Projection());

    private static long Count(nn.Module module) => module.parameters().Sum(p => p.numel());

    [Fact]
    public void ParameterCount_NtuAlone_EqualsTheOfficialAimClrEncoder()
    {
        using var encoder = Encoder(new EncoderConfig(), SkeletonFormats.NtuRgbD);
        Assert.Equal(920_068, Count(encoder));
        Assert.Equal(98_688, Count(encoder.Head));
    }

    [Fact]
    public void ParameterCount_NtuAndSmplX_EqualsTheOfficialFlexModel()
    {
        using var encoder = Encoder(new EncoderConfig(), SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        Assert.Equal(1_007_410, Count(encoder));
    }

    [Fact]
    public void ParameterCount_AllFourFormats_Is1123852()
    {
        using var encoder = Encoder(new EncoderConfig(), [.. SkeletonFormats.All]);
        Assert.Equal(1_123_852, Count(encoder));
    }

    [Fact]
    public void ParameterCount_Blocks_Match802480AtH16And3064512AtH64()
    {
        using var small = Encoder(new EncoderConfig(), SkeletonFormats.NtuRgbD);
        using var wide = Encoder(new EncoderConfig(HiddenChannels: 64), SkeletonFormats.NtuRgbD);
        long Blocks(StGcnEncoder e) => e.named_parameters().Where(p => p.name.StartsWith("st_gcn_networks.", StringComparison.Ordinal)).Sum(p => p.parameter.numel());

        Assert.Equal(802_480, Blocks(small));
        Assert.Equal(3_064_512, Blocks(wide));
    }

    [Fact]
    public void StateDict_Keys_FollowTheOfficialNames()
    {
        using var encoder = Encoder(new EncoderConfig(), SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        var keys = encoder.state_dict().Keys.ToHashSet();

        Assert.Contains("A_ntu-rgb+d", keys);
        Assert.Contains("A_smplx_42", keys);
        Assert.Contains("data_bn.smplx_42.running_mean", keys);
        Assert.Contains("edge_importance.ntu-rgb+d.9", keys);
        Assert.Contains("st_gcn_networks.0.gcn.conv.weight", keys);
        Assert.Contains("st_gcn_networks.4.tcn.2.weight", keys);
        Assert.Contains("st_gcn_networks.4.residual.1.running_var", keys);
        Assert.Contains("fc.2.bias", keys);
        Assert.Equal(new long[] { 3, 42, 42 }, encoder.state_dict()["edge_importance.ntu-rgb+d.0"].shape);
    }

    [Theory]
    [InlineData("ntu-rgb+d")]
    [InlineData("smpl_24")]
    [InlineData("smplx_42")]
    [InlineData("berkeley_mhad_43")]
    public void Forward_EveryFormat_GivesProjectionEmbeddingAndDropShapes(string name)
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.Get(name);
        var encoder = Encoder(new EncoderConfig(), [.. SkeletonFormats.All]);
        var x = randn([2, 3, 20, format.JointCount, 2], generator: new Generator(1));

        Assert.Equal(new long[] { 2, 128 }, encoder.Forward(x, format).shape);
        Assert.Equal(new long[] { 2, 256 }, encoder.Embed(x, format).shape);
        Assert.Equal(new long[] { 4, 256, 5, format.JointCount }, encoder.FeatureMap(x, format).shape);
        var (plain, dropped) = encoder.ForwardWithDrop(x, format);
        Assert.Equal(plain.shape, dropped.shape);
    }

    [Fact]
    public void Forward_PaddedInput_IgnoresPaddingJoints()
    {
        using var scope = NewDisposeScope();
        var encoder = Encoder(new EncoderConfig(), SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        encoder.eval();
        var x = randn([2, 3, 12, 25, 2], generator: new Generator(2));
        var padded = cat([x, randn([2, 3, 12, 17, 2], generator: new Generator(3))], 3);

        Assert.True(encoder.Forward(x, SkeletonFormats.NtuRgbD).allclose(encoder.Forward(padded, SkeletonFormats.NtuRgbD)));
    }

    [Fact]
    public void ReferencePadding_EvalMode_EqualsNativeJointCountsBecausePaddingSendsNoMessages()
    {
        using var scope = NewDisposeScope();
        var (native, reference) = TwinEncoders();
        native.eval();
        reference.eval();
        var x = randn([2, 3, 12, 25, 2], generator: new Generator(4));

        Assert.True(native.Forward(x, SkeletonFormats.NtuRgbD).allclose(reference.Forward(x, SkeletonFormats.NtuRgbD), rtol: 1e-4, atol: 1e-5));
    }

    [Fact]
    public void ReferencePadding_TrainMode_DiffersBecausePaddedJointsEnterBatchNormStatistics()
    {
        using var scope = NewDisposeScope();
        var (native, reference) = TwinEncoders(dropout: 0);
        var x = randn([4, 3, 12, 25, 2], generator: new Generator(5));

        var difference = (native.Forward(x, SkeletonFormats.NtuRgbD) - reference.Forward(x, SkeletonFormats.NtuRgbD)).abs().max().item<float>();

        Assert.True(difference > 1e-4, $"max difference {difference}");
    }

    [Fact]
    public void WeightInitialisation_SameSeed_SameWeightsAndOfficialDistribution()
    {
        using var a = Encoder(new EncoderConfig(), SkeletonFormats.NtuRgbD);
        using var b = Encoder(new EncoderConfig(), SkeletonFormats.NtuRgbD);
        WeightInitialisation.Apply(a, new Generator(9));
        WeightInitialisation.Apply(b, new Generator(9));

        var stateA = a.state_dict();
        var stateB = b.state_dict();
        Assert.All(stateA, p => Assert.True(p.Value.equal(stateB[p.Key]).all().item<bool>(), p.Key));
        var conv = stateA["st_gcn_networks.9.tcn.2.weight"];
        Assert.Equal(0.02, conv.std().item<float>(), 2);
        Assert.Equal(0f, stateA["st_gcn_networks.9.tcn.2.bias"].abs().max().item<float>());
        Assert.Equal(1.0, stateA["st_gcn_networks.9.tcn.0.weight"].mean().item<float>(), 1);
        Assert.Equal(1f, stateA["edge_importance.ntu-rgb+d.3"].min().item<float>());
    }

    [Fact]
    public void Bf16Precision_EmbeddingsCloseToFp32AndEveryGradientFp32()
    {
        using var scope = NewDisposeScope();
        var fp32 = Encoder(new EncoderConfig(Dropout: 0), SkeletonFormats.NtuRgbD);
        var bf16 = Encoder(new EncoderConfig(Dropout: 0), SkeletonFormats.NtuRgbD);
        WeightInitialisation.Apply(fp32, new Generator(6));
        bf16.load_state_dict(fp32.state_dict());
        bf16.Precision = ComputePrecision.BFloat16;
        var x = randn([4, 3, 12, 25, 2], generator: new Generator(7));

        var expected = fp32.Embed(x, SkeletonFormats.NtuRgbD);
        var actual = bf16.Embed(x, SkeletonFormats.NtuRgbD);
        actual.sum().backward();

        Assert.Equal(ScalarType.Float32, actual.dtype);
        var cosine = nn.functional.cosine_similarity(expected, actual, dim: 1).min().item<float>();
        Assert.True(cosine > 0.99, $"bf16 embeddings point elsewhere than fp32's: min cosine {cosine}");
        Assert.False(expected.allclose(actual, rtol: 0, atol: 0), "bf16 gave fp32's exact values: the bf16 path was not taken");
        Assert.All(bf16.parameters().Where(p => p.grad is not null), p => Assert.Equal(ScalarType.Float32, p.grad!.dtype));
        Assert.Equal(ScalarType.Float32, bf16.parameters().First().dtype);
    }

    [Fact]
    public void Forward_UnknownFormat_NamesIt()
    {
        using var scope = NewDisposeScope();
        var encoder = Encoder(new EncoderConfig(), SkeletonFormats.NtuRgbD);
        var error = Assert.Throws<ArgumentException>(() => encoder.Forward(zeros([1, 3, 8, 42, 2]), SkeletonFormats.SmplX42));
        Assert.Contains("smplx_42", error.Message);
    }

    private static (StGcnEncoder Native, StGcnEncoder Reference) TwinEncoders(double dropout = 0.5)
    {
        var native = Encoder(new EncoderConfig(Dropout: dropout), SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        var reference = Encoder(new EncoderConfig(Dropout: dropout, PadJointsInBlocks: true), SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        WeightInitialisation.Apply(native, new Generator(6));
        reference.load_state_dict(native.state_dict());
        return (native, reference);
    }
}
