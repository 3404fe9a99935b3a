using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Losses;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Models;

public class ProjectionInitialisationTests
{
    private static readonly EncoderConfig Encoder = new(HiddenChannels: 4, OutputDim: 64, Dropout: 0);

    private static double[] HeadWeightStd(ContrastiveModel model) => model.Query.Head.named_modules()
        .Select(m => m.module).OfType<TorchSharp.Modules.Linear>().Select(l => l.weight!.std().item<float>()).Select(v => (double)v).ToArray();

    [Fact]
    public void Create_FanIn_DrawsEachHeadLayerAtOneOverFanInAndTheKeyStartsAsItsCopy()
    {
        var config = new ContrastiveConfig(QueueSize: 8, FeatureDim: 32, HeadInitialisation: ProjectionInitialisation.FanIn);
        using var model = ContrastiveModel.Create(new FormatSet(SkeletonFormats.NtuRgbD), Encoder, config, new Generator(3), CPU);

        var std = HeadWeightStd(model);

        // Both layers read 64 inputs (64 → 64 → 32): 1/√64 = 0.125; 4096 and 2048 draws put the sample sd within 5 %.
        Assert.Equal(2, std.Length);
        Assert.All(std, s => Assert.InRange(s, 0.125 * 0.95, 0.125 * 1.05));
        var key = model.Key.state_dict();
        Assert.All(model.Query.state_dict(), p => Assert.True(p.Value.equal(key[p.Key]).all().item<bool>(), p.Key));
    }

    [Fact]
    public void Create_Official_KeepsTheHeadAtTwoHundredthsAndTheTrunkIsTheSameDrawEitherWay()
    {
        using var official = ContrastiveModel.Create(new FormatSet(SkeletonFormats.NtuRgbD), Encoder, new ContrastiveConfig(QueueSize: 8, FeatureDim: 32), new Generator(3), CPU);
        using var fan = ContrastiveModel.Create(new FormatSet(SkeletonFormats.NtuRgbD), Encoder,
            new ContrastiveConfig(QueueSize: 8, FeatureDim: 32, HeadInitialisation: ProjectionInitialisation.FanIn), new Generator(3), CPU);

        Assert.All(HeadWeightStd(official), s => Assert.InRange(s, 0.02 * 0.95, 0.02 * 1.05));
        var fanState = fan.Query.state_dict();
        var trunk = official.Query.state_dict().Where(p => !p.Key.StartsWith("fc.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(trunk);
        Assert.All(trunk, p => Assert.True(p.Value.equal(fanState[p.Key]).all().item<bool>(), p.Key));
    }
}
