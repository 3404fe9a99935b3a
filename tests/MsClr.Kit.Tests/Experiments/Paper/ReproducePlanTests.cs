using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments.Paper;

public class ReproducePlanTests
{
    [Fact]
    public void Specs_Quick_EachExperimentOnceOnTheSyntheticCrossSubjectSplit()
    {
        var specs = ReproducePlan.Specs(Budget.Quick);

        Assert.Equal(specs.Count, specs.Select(s => s.Id).Distinct().Count());
        Assert.All(specs, s => Assert.Same(Benchmark.SyntheticCrossSubject, s.Benchmark));
        Assert.All(specs, s => Assert.Same(Budget.Quick, s.Budget));
        // Table 1: AimCLR and MS-AimCLR per stream (6); Table 4 adds the unaugmented MS-AimCLR (1); Figure 4 adds the
        // sets of three and four formats and the two other pairs (4). Shared rows run once.
        Assert.Equal(11, specs.Count);
        Assert.Single(specs, s => !s.Augmentations);
        Assert.Equal(3, specs.Count(s => s.TrainingFormats.Count == 1));
        Assert.Contains(specs, s => s.TrainingFormats.Count == 4 && s.TrainingFormats[0] == SkeletonFormats.NtuRgbD.Name);
        Assert.Equal(2, specs.Count(s => s.Stream == InputStream.Bone));
    }

    [Fact]
    public void Specs_AnyBudget_CheapestFirstAndIdsStableAcrossCalls()
    {
        var specs = ReproducePlan.Specs(Budget.Smoke, seed: 3);

        Assert.Equal(specs.Select(s => s.TrainingFormats.Count).Order(), specs.Select(s => s.TrainingFormats.Count));
        Assert.Equal(specs.Select(s => s.Id), ReproducePlan.Specs(Budget.Smoke, seed: 3).Select(s => s.Id));
        Assert.NotEqual(specs.Select(s => s.Id), ReproducePlan.Specs(Budget.Smoke, seed: 4).Select(s => s.Id));
        Assert.Equal(specs.Sum(s => s.TrainingFormats.Count), ReproducePlan.Cost(specs));
    }

    [Fact]
    public void Specs_OneTable_OnlyItsExperiments()
    {
        var table4 = ReproducePlan.Specs(Budget.Smoke, tables: [PaperTables.Table4]);

        Assert.Equal(3, table4.Count);
        Assert.All(table4, s => Assert.Equal(InputStream.Joint, s.Stream));
        Assert.All(table4, s => Assert.Contains(s.Id, ReproducePlan.Specs(Budget.Smoke).Select(a => a.Id)));
    }

    [Fact]
    public void Specs_TableOutsideThePlan_NamesItAndThePlannedOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => ReproducePlan.Specs(Budget.Smoke, tables: [PaperTables.Table2]));

        Assert.Contains("Table 2", error.Message);
        Assert.Contains("Table 1, Table 4, Figure 4", error.Message);
    }

    [Fact]
    public void Entries_AllMeasuredInTheNtu60CrossSubjectColumn()
    {
        Assert.All(ReproducePlan.Entries, e => Assert.Equal(Benchmark.Ntu60CrossSubject, e.Benchmark));
        Assert.Equal(["Table 1", "Table 4", "Figure 4"], ReproducePlan.Entries.Select(e => e.Table).Distinct());
    }
}
