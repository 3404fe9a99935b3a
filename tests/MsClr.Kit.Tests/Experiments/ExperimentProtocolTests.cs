using MsClr.Kit.Data;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Tests.Experiments;

public class ExperimentProtocolTests
{
    private static readonly ExperimentSpec Pretrained = new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Bone, ["ntu-rgb+d", "smplx_42"], ["ntu-rgb+d", "smplx_42"],
        Budget.Quick with { LinearEpochs = 20 });

    [Fact]
    public void Describe_PretrainedSpec_IsTheFrozenLinearProtocolWithTheBudgetsProbe()
    {
        var text = ExperimentProtocol.Describe(Pretrained);

        Assert.StartsWith("linear evaluation: frozen encoder", text);
        Assert.Contains("(ntu-rgb+d, smplx_42;", text);
        Assert.Contains("batch 32, 20 epochs, SGD lr 3 (×0.1 after epoch 16)", text);
        Assert.Contains("standardised features", text);
        Assert.Contains("bone stream", text);
        Assert.Contains("label fraction 100 %", text);
    }

    [Fact]
    public void Describe_SupervisedBaseline_IsNotFrozenAndTrainsForThePretrainingEpochs()
    {
        var text = ExperimentProtocol.Describe(Pretrained with { Baseline = BaselineKind.Supervised, Budget = Budget.Quick with { Epochs = 12 } });

        Assert.Contains("encoder not frozen", text);
        Assert.Contains("batch 32, 12 epochs, SGD lr 0.1 (×0.1 after epoch 10)", text);
        Assert.DoesNotContain("frozen encoder", text);
    }

    [Theory]
    [InlineData(BaselineKind.RandomInit, "frozen")]
    [InlineData(BaselineKind.RawStatistics, "no encoder")]
    [InlineData(BaselineKind.RawFlattened, "no encoder")]
    public void Describe_ProbedBaselines_NameTheBaselineAndTheProbe(BaselineKind kind, string encoder)
    {
        var text = ExperimentProtocol.Describe(Pretrained with { Baseline = kind });

        Assert.StartsWith(kind.Label(), text);
        Assert.Contains(encoder, text);
        Assert.Contains("a linear classifier per format", text);
    }
}
