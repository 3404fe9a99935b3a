using System.IO.Compression;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

public class StateDictNpzTests
{
    private static StGcnEncoder Encoder(params SkeletonFormat[] formats) =>
        new(new FormatSet(formats), new EncoderConfig(), Heads.Projection());

    [Fact]
    public void SaveThenLoad_KitToNpzToKit_RestoresEveryTensorBitForBit()
    {
        using var temp = new TempFolder("test");
        var path = temp.File("test.npz");
        using var source = Encoder(SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        WeightInitialisation.Apply(source, new Generator(21));
        using var target = Encoder(SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);

        StateDictNpz.Save(source, path);
        var report = StateDictNpz.Load(target, path);

        Assert.True(report.IsExact, report.ToString());
        var expected = source.state_dict();
        Assert.All(target.state_dict(), p => Assert.True(p.Value.equal(expected[p.Key]).all().item<bool>(), p.Key));
        using var archive = ZipFile.OpenRead(path);
        Assert.Contains(archive.Entries, e => e.FullName == "st_gcn_networks.0.tcn.0.num_batches_tracked.npy");
    }

    [Fact]
    public void Load_OtherFormatSet_ReportsMissingUnexpectedAndMismatchesByName()
    {
        using var temp = new TempFolder("test");
        var path = temp.File("test.npz");
        using var source = Encoder(SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        StateDictNpz.Save(source, path);
        using var target = Encoder(SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);

        var error = Assert.Throws<InvalidDataException>(() => StateDictNpz.Load(target, path));
        var report = StateDictNpz.Load(target, path, strict: false);

        Assert.Contains("data_bn.smpl_24.weight", report.Missing);
        Assert.Contains("data_bn.smplx_42.weight", report.Unexpected);
        Assert.Contains("A_ntu-rgb+d", report.Sliced);
        Assert.Contains(path, error.Message);
        Assert.Contains("data_bn.smplx_42.weight", error.Message);
    }

    [Fact]
    public void SingleSkeletonKeys_OfficialAimClrNames_MapToTheFormatsNames()
    {
        var rename = StateDictNpz.SingleSkeletonKeys("ntu-rgb+d");
        Assert.Equal("A_ntu-rgb+d", rename("A"));
        Assert.Equal("data_bn.ntu-rgb+d.running_var", rename("data_bn.running_var"));
        Assert.Equal("edge_importance.ntu-rgb+d.7", rename("edge_importance.7"));
        Assert.Equal("st_gcn_networks.1.gcn.conv.weight", rename("st_gcn_networks.1.gcn.conv.weight"));
    }
}
