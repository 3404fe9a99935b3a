using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Reporting;

namespace MsClr.Kit.Tests.Reporting;

public class ExperimentFramesTests
{
    [Fact]
    public void Specs_Table4_OneRowPerExperimentNamingTheUnaugmentedVariant()
    {
        var specs = ReproducePlan.Specs(Budget.Smoke, tables: [PaperTables.Table4]);

        var frame = ExperimentFrames.Specs(specs);

        Assert.Equal(specs.Select(s => s.Id), frame["spec id"].Cast<string>());
        Assert.Equal(["AimCLR", "MS-AimCLR", "MS-AimCLR, no aug."], frame["method"].Cast<string>().Order(StringComparer.Ordinal));
        Assert.Contains("MS-AimCLR, no aug.", frame["method"].Cast<string>());
        Assert.Contains("ntu-rgb+d + smplx_42", frame["training formats"].Cast<string>());
        Assert.All(frame["budget"].Cast<string>(), b => Assert.Equal("smoke", b));
    }

    [Fact]
    public void Model_Baseline_IsNamedAsTheBaselineNotAsTheMethodItsSpecCarries()
    {
        var spec = MsClr.Kit.Experiments.Baselines.BaselineTable.Spec(MsClr.Kit.Experiments.Baselines.BaselineKind.RandomInit, MsClr.Kit.Skeletons.InputStream.Joint,
            MsClr.Kit.Data.Benchmark.Ntu60CrossSubject, Budget.Smoke, useSynthetic: true, seed: 1);

        Assert.Equal("baseline: random-init encoder (no pretraining)", ExperimentFrames.Model(spec));
        Assert.Equal("baseline: random-init encoder (no pretraining)", (string)ExperimentFrames.Specs([spec])["method"][0]!);
    }

    [Fact]
    public void AttributeProbes_OneRowPerProbe_PercentAndChanceAndTheAttributesName()
    {
        var spec = ReproducePlan.Specs(Budget.Smoke, tables: [PaperTables.Table4]).First();
        var probes = new[]
        {
            (spec, ProbedAttribute.Subject, new MsClr.Kit.Evaluation.AttributeProbeResult(0.45678, 0.2, 5, 125, 120)),
            (spec, ProbedAttribute.View, new MsClr.Kit.Evaluation.AttributeProbeResult(0.7, 1.0 / 3, 3, 123, 122)),
        };

        var frame = ExperimentFrames.AttributeProbes(probes);

        Assert.Equal(["subject", "view"], frame["attribute"].Cast<string>());
        Assert.Equal([45.7, 70.0], frame["top-1 (%)"].Cast<double?>());
        Assert.Equal([20.0, 33.3], frame["chance (%)"].Cast<double?>());
        Assert.Equal([5, 3], frame["classes"].Cast<int?>());
        Assert.Equal("125 / 120", (string)frame["train / test clips"][0]!);
        Assert.All(frame["method"].Cast<string>(), m => Assert.Equal(ExperimentFrames.Model(spec), m));
        Assert.All(frame["spec id"].Cast<string>(), id => Assert.Equal(spec.Id, id));
    }

    [Fact]
    public void Results_OneAndTwoFormats_PercentWithTheEnsembleOnlyWhereThereIsOne()
    {
        var specs = ReproducePlan.Specs(Budget.Smoke, tables: [PaperTables.Table1]).Where(s => s.Stream == MsClr.Kit.Skeletons.InputStream.Joint).ToArray();
        var results = specs.Select(s => (s, new ExperimentResult(s.Id, 0.12346, 0.5, 0.2, s.TrainingFormats.Count > 1 ? 0.25 : null, new Dictionary<string, double>(), 12.34, 5.67)
            { KeyCosine = s.TrainingFormats.Count > 1 ? 0.99876 : null })).ToArray();

        var frame = ExperimentFrames.Results(results);

        Assert.Equal(["spec id", "method", "stream", "training formats", "top-1 (%)", "‡ ensemble top-1 (%)", "key cosine", "pretrain s", "evaluation s"], frame.Columns.Select(c => c.Name));
        Assert.Equal([null, 0.999], frame["key cosine"].Cast<double?>());
        Assert.All(frame["top-1 (%)"].Cast<double?>(), t => Assert.Equal(12.35, t));
        Assert.Equal([null, 25.0], frame["‡ ensemble top-1 (%)"].Cast<double?>());
        Assert.Equal(12.3, (double?)frame["pretrain s"][0]);
    }
}
