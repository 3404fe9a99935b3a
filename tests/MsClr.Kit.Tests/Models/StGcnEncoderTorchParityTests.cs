using System.IO.Compression;
using System.Runtime.InteropServices;
using MsClr.Kit.IO.Npy;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

/// <summary>
/// The encoder against PyTorch: Fixtures/TorchParity holds weights and outputs of a small multi-skeleton ST-GCN written in
/// PyTorch (make_fixture.py, eval mode, non-trivial BatchNorm statistics and edge importance). Loading the weights by
/// name must reproduce its outputs.
/// </summary>
public class StGcnEncoderTorchParityTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "TorchParity");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Forward_PyTorchWeights_ReproducesPyTorchOutputsForBothFormats(bool referencePadding)
    {
        using var scope = NewDisposeScope();
        var encoder = new StGcnEncoder(
            new FormatSet(SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42),
            new EncoderConfig(HiddenChannels: 4, OutputDim: 16, PadJointsInBlocks: referencePadding),
            Heads.Projection(16, 16, 128));
        var report = StateDictNpz.Load(encoder, Path.Combine(Folder, "weights.npz"));
        encoder.eval();
        using var io = ZipFile.OpenRead(Path.Combine(Folder, "io.npz"));
        var x = Read(io, "x");

        Assert.True(report.IsExact, report.ToString());
        foreach (var (format, name) in new[] { (SkeletonFormats.NtuRgbD, "ntu"), (SkeletonFormats.SmplX42, "smplx") })
        {
            var difference = (encoder.Forward(x, format) - Read(io, name)).abs().max().item<float>();
            Assert.True(difference < 1e-5f, $"{format.Name}: max |kit − PyTorch| = {difference}");
        }
    }

    private static Tensor Read(ZipArchive archive, string name)
    {
        using var buffer = new MemoryStream();
        using (var stream = archive.GetEntry($"{name}.npy")!.Open())
        {
            stream.CopyTo(buffer);
        }

        var (header, data) = NpyReader.ReadRaw(buffer, name);
        return tensor(MemoryMarshal.Cast<byte, float>(data).ToArray(), header.Shape.ToArray());
    }
}
