using MsClr.Kit.IO.Npy;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Cli;

/// <summary><c>msclr encode</c> against the in-memory encoder whose state dict it reads back from disk.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EncodeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("encode");

    [Theory]
    [InlineData("paper")]
    [InlineData("official")]
    public void Encode_SavedStateDict_WritesTheInMemoryEncodersEvalFeatures(string compat)
    {
        using var scope = NewDisposeScope();
        var formats = new FormatSet(SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        var encoder = TrainedLookingEncoder(formats, padJointsInBlocks: compat == "official");
        var weights = _temp.File("weights.npz");
        StateDictNpz.Save(encoder, weights);
        var clips = randn([5, 3, 12, SkeletonFormats.SmplX42.JointCount, 2], generator: new Generator(7));
        var input = _temp.File("x.npy");
        NpyWriter.Write(input, clips.data<float>().ToArray(), clips.shape);
        var output = _temp.File("y.npy");

        var (exitCode, printed, error) = CliRun.Invoke(
            "encode", "--weights", weights, "--formats", "ntu-rgb+d,smplx_42", "--input", input, "--format", "smplx_42",
            "--out", output, "--compat", compat, "--batch", "2");

        Assert.True(exitCode == 0, printed + error);
        encoder.eval();
        Tensor expected;
        using (no_grad())
        {
            expected = encoder.Embed(clips, SkeletonFormats.SmplX42);
        }

        var written = NpyReader.Read(output);
        Assert.Equal([5L, 8L], written.Shape);
        Assert.Equal(expected.data<float>().ToArray(), written.Data);
    }

    [Fact]
    public void Encode_FormatOutsideTheWeightsFormats_FailsNamingBoth()
    {
        using var scope = NewDisposeScope();
        var weights = _temp.File("weights.npz");
        StateDictNpz.Save(TrainedLookingEncoder(new FormatSet(SkeletonFormats.NtuRgbD), padJointsInBlocks: false), weights);

        var (exitCode, printed, error) = CliRun.Invoke(
            "encode", "--weights", weights, "--formats", "ntu-rgb+d", "--input", _temp.File("x.npy"), "--format", "smpl_24", "--out", _temp.File("y.npy"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--format smpl_24: not one of --formats", printed + error);
        Assert.False(File.Exists(_temp.File("y.npy")));
    }

    [Fact]
    public void Load_NotAnEncoderStateDict_NamesTheFileAndTheMissingTensor()
    {
        using var scope = NewDisposeScope();
        var weights = _temp.File("head.npz");
        StateDictNpz.Save(Heads.Classifier(4, 8), weights);

        var error = Assert.Throws<InvalidDataException>(() => PretrainedEncoder.Load(weights, new FormatSet(SkeletonFormats.NtuRgbD)));

        Assert.Contains(weights, error.Message);
        Assert.Contains("A_ntu-rgb+d", error.Message);
    }

    public void Dispose() => _temp.Dispose();

    // Non-default BatchNorm statistics and edge importance, so that eval mode and every loaded tensor matter.
    private static StGcnEncoder TrainedLookingEncoder(FormatSet formats, bool padJointsInBlocks)
    {
        var encoder = new StGcnEncoder(formats, new EncoderConfig(HiddenChannels: 4, OutputDim: 8, PadJointsInBlocks: padJointsInBlocks), Heads.Projection(8, 8, 6));
        var generator = new Generator(3);
        using (no_grad())
        {
            foreach (var (name, tensor) in encoder.state_dict())
            {
                if (name.Contains("running_var", StringComparison.Ordinal))
                {
                    tensor.copy_(rand(tensor.shape, generator: generator).add(HeldScalars.Of(0.5f), HeldScalars.One));
                }
                else if (name.Contains("running_mean", StringComparison.Ordinal) || name.StartsWith("edge_importance", StringComparison.Ordinal))
                {
                    tensor.add_(randn(tensor.shape, generator: generator).mul(HeldScalars.Of(0.1f)), HeldScalars.One);
                }
            }
        }

        return encoder;
    }
}
