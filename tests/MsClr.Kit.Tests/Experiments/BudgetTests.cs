using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments;

public class BudgetTests
{
    private static ExperimentSpec Spec(Budget budget) =>
        new(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], budget);

    [Fact]
    public void Id_ChangedBudgetValues_GiveANewIdThatNamesTheChange()
    {
        var quick = Spec(Budget.Quick);
        var longer = Spec(Budget.Quick with { Epochs = 20 });

        Assert.NotEqual(quick.Id, longer.Id);
        Assert.StartsWith("aimclr-synthetic-xsub-joint-ntu-quick-s1-", quick.Id);
        Assert.StartsWith("aimclr-synthetic-xsub-joint-ntu-quick-e20-s1-", longer.Id);
        Assert.Contains("\"Epochs\":20", longer.Canonical());
        Assert.Equal(20, longer.Budget.Epochs);
        Assert.Same(Budget.Quick, quick.Budget);
    }

    [Fact]
    public void Id_NamedBudgetRebuiltWithItsOwnValues_IsTheSameExperiment()
    {
        var plain = Spec(Budget.Quick);
        var explicitSettings = plain with { Budget = Budget.Quick with { } };

        Assert.Equal(plain.Id, explicitSettings.Id);
        Assert.DoesNotContain("IsNamed", plain.Canonical());
        Assert.DoesNotContain("Tag", plain.Canonical());
    }

    [Fact]
    public void Parse_CanonicalOfAChangedBudget_RestoresItsValuesAndId()
    {
        var spec = Spec(Budget.Smoke.Override(epochs: 1, width: 2, clips: 70, batch: 8, linearEpochs: 3));

        var parsed = ExperimentSpecJson.Parse(spec.Canonical(), "spec.json");

        Assert.Equal(spec.Id, parsed.Id);
        Assert.Equal(spec.Budget, parsed.Budget);
        Assert.True(ExperimentSpecJson.Parse(Spec(Budget.Smoke).Canonical(), "spec.json").Budget.IsNamed);
    }

    [Fact]
    public void Override_EachFlag_ChangesItsFieldOnly()
    {
        var changed = Budget.Quick.Override(epochs: 7, width: 4, clips: 245, linearEpochs: 9, outputDim: 128);

        Assert.Equal(Budget.Quick with { Epochs = 7, HiddenChannels = 4, SyntheticClips = 245, LinearEpochs = 9, OutputDim = 128 }, changed);
        Assert.Equal("quick (e7-w4-o128-l9-c245)", changed.Label);
        Assert.Equal(128, changed.Apply(new PretrainConfig()).EffectiveEncoder.OutputDim);
        Assert.Equal("quick", Budget.Quick.Override().Label);
        Assert.True(Budget.Quick.Override().IsNamed);
    }

    [Fact]
    public void Override_BatchThatDoesNotDivideTheQueue_RoundsTheQueueUp()
    {
        var changed = Budget.Quick.Override(batch: 24); // queue 256

        Assert.Equal(24, changed.BatchSize);
        Assert.Equal(264, changed.QueueSize);
        Assert.Equal(256, Budget.Quick.Override(batch: 64).QueueSize);
    }

    [Fact]
    public void Override_ZeroEpochs_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Budget.Quick.Override(epochs: 0));
    }

    [Fact]
    public void PaperMeasurement_ChangedBudget_CarriesItsValuesIntoTheSpecs()
    {
        var budget = Budget.Quick with { Epochs = 20 };

        var spec = PaperMeasurement.SingleFormat(InputStream.Joint).Specs(Benchmark.Ntu60CrossSubject, budget, useSynthetic: true).Single();

        Assert.Equal(budget, spec.Budget);
        Assert.Equal("quick", spec.Budget.Name);
    }

    [Fact]
    public void Override_ObjectiveScale_ReachesThePretrainingConfig()
    {
        var changed = Budget.Quick.Override(queue: 64, keyMomentum: 0.99, temperature: 0.2, learningRate: 0.03);

        var config = changed.Apply(new PretrainConfig());

        Assert.Equal("quick (q64-m0.99-t0.2-r0.03)", changed.Label);
        Assert.Equal(64, config.EffectiveContrastive.QueueSize);
        Assert.Equal(0.99, config.EffectiveContrastive.Momentum);
        Assert.Equal(0.2, config.EffectiveContrastive.Temperature);
        Assert.Equal(0.03, config.LearningRate);
        var paper = Budget.Quick.Apply(new PretrainConfig());
        Assert.Equal((0.999, 0.07, 0.1), (paper.EffectiveContrastive.Momentum, paper.EffectiveContrastive.Temperature, paper.LearningRate));
    }

    [Fact]
    public void Override_FanInHead_IsTaggedReachesTheConfigAndParsesBack_WhileOfficialKeepsTheNamedBudget()
    {
        var fan = Budget.Quick.Override(headInit: Kit.Models.ProjectionInitialisation.FanIn);

        Assert.Equal("quick (hfan)", fan.Label);
        Assert.Equal(Kit.Models.ProjectionInitialisation.FanIn, fan.Apply(new PretrainConfig()).EffectiveContrastive.HeadInitialisation);
        Assert.Equal(Kit.Models.ProjectionInitialisation.Official, Budget.Quick.Apply(new PretrainConfig()).EffectiveContrastive.HeadInitialisation);
        Assert.Contains("\"HeadInit\":\"FanIn\"", Spec(fan).Canonical());
        var parsed = ExperimentSpecJson.Parse(Spec(fan).Canonical(), "spec.json");
        Assert.Equal((Spec(fan).Id, fan), (parsed.Id, parsed.Budget));
        Assert.Equal(Budget.Quick, Budget.Quick.Override(headInit: Kit.Models.ProjectionInitialisation.Official));
        Assert.DoesNotContain("HeadInit", Spec(Budget.Quick).Canonical());
    }

    [Fact]
    public void Canonical_BudgetThatKeepsThePaperObjective_HasNoObjectiveFields()
    {
        // Unset objective fields stay out of the JSON, so ids made before the fields existed are still found.
        var canonical = Spec(Budget.Quick.Override(epochs: 9)).Canonical();

        Assert.DoesNotContain("KeyMomentum", canonical);
        Assert.DoesNotContain("Temperature", canonical);
        Assert.DoesNotContain("LearningRate", canonical);
        Assert.Contains("\"KeyMomentum\":0.9", Spec(Budget.Quick.Override(keyMomentum: 0.9)).Canonical());
    }

    [Fact]
    public void Parse_CanonicalOfAChangedObjective_RestoresItsValuesAndId()
    {
        var spec = Spec(Budget.Quick.Override(queue: 96, keyMomentum: 0.9, temperature: 0.2, learningRate: 0.05));

        var parsed = ExperimentSpecJson.Parse(spec.Canonical(), "spec.json");

        Assert.Equal(spec.Id, parsed.Id);
        Assert.Equal(spec.Budget, parsed.Budget);
        Assert.NotEqual(Spec(Budget.Quick).Id, spec.Id);
    }

    [Theory]
    [InlineData(-0.1, null, null)]
    [InlineData(1.5, null, null)]
    [InlineData(null, 0.0, null)]
    [InlineData(null, null, -1.0)]
    [InlineData(null, double.NaN, null)]
    public void Override_ObjectiveOutOfRange_Throws(double? keyMomentum, double? temperature, double? learningRate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Budget.Quick.Override(keyMomentum: keyMomentum, temperature: temperature, learningRate: learningRate));
    }

    [Fact]
    public void ToString_ShowsTheValuesAndOnlyTheObjectiveFieldsThatAreSet()
    {
        Assert.Equal(
            "Budget { Name = quick, Epochs = 3, BatchSize = 32, QueueSize = 256, HiddenChannels = 8, OutputDim = 64, FeatureDim = 32, LinearEpochs = 30, SyntheticClips = 490 }",
            Budget.Quick.ToString());
        Assert.EndsWith("SyntheticClips = 490, KeyMomentum = 0.99 }", Budget.Quick.Override(keyMomentum: 0.99).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_EveryFieldSet_ShowsEveryField()
    {
        // PrintMembers lists the fields by hand; a field added to the record without it fails here.
        var constructor = typeof(Budget).GetConstructors().Single(c => c.GetParameters().Length > 1);
        var values = constructor.GetParameters().Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).Select(t =>
            t == typeof(string) ? "x" : t == typeof(int) ? 7 : t == typeof(double) ? 0.5 : t.IsEnum ? Enum.GetValues(t).GetValue(Enum.GetValues(t).Length - 1) : (object?)null).ToArray();
        Assert.DoesNotContain(null, values);

        var text = constructor.Invoke(values).ToString();

        foreach (var parameter in constructor.GetParameters())
        {
            Assert.Contains($"{parameter.Name} = ", text, StringComparison.Ordinal);
        }
    }
}
