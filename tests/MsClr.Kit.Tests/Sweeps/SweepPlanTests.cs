using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Sweeps;

public sealed class SweepPlanTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-sweep-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    private static readonly Benchmark[] AllColumns = [Benchmark.Ntu60CrossSubject, Benchmark.Ntu60CrossView, Benchmark.Ntu120CrossSubject, Benchmark.Ntu120CrossSetup];

    [Fact]
    public void Create_PaperPlan_HasEachSpecOnceCheapestFirstAndEveryReproduceSpecPerSeed()
    {
        var plan = SweepPlan.Create(ReproducePlan.Tables, AllColumns, 3, Budget.Paper, useSynthetic: false);

        Assert.Equal(plan.Specs.Count, plan.Specs.Select(s => s.Id).Distinct().Count());
        Assert.Equal(plan.Specs.Select(s => s.TrainingFormats.Count).Order(), plan.Specs.Select(s => s.TrainingFormats.Count));
        Assert.Equal([1UL, 2UL, 3UL], plan.Seeds);
        var synthetic = SweepPlan.Create(ReproducePlan.Tables, AllColumns, 3, Budget.Paper, useSynthetic: true);
        foreach (var seed in plan.Seeds)
        {
            var xsub = ReproducePlan.Specs(Budget.Paper, seed).Select(s => s.Id);
            Assert.Empty(xsub.Except(synthetic.Specs.Select(s => s.Id)));
        }

        Assert.All(plan.Specs, s => Assert.Same(Budget.Paper, s.Budget));
        Assert.Contains(plan.Specs, s => s.Benchmark == Benchmark.Ntu120CrossSetup);
        Assert.True(SweepCost.GpuHours(plan) > 100, "300 epochs of NTU per spec is hundreds of GPU-hours");
    }

    [Fact]
    public void Create_SyntheticColumnsThatShareAStandIn_AreRunOnce()
    {
        var one = SweepPlan.Create([PaperTables.Table1], [Benchmark.Ntu60CrossSubject], 1, Budget.Smoke, useSynthetic: true);
        var both = SweepPlan.Create([PaperTables.Table1], [Benchmark.Ntu60CrossSubject, Benchmark.Ntu120CrossSubject], 1, Budget.Smoke, useSynthetic: true);

        Assert.Equal(one.Specs.Select(s => s.Id), both.Specs.Select(s => s.Id));
    }

    [Fact]
    public void Create_JointStreamOnly_KeepsOnlyJointSpecs()
    {
        var plan = SweepPlan.Create([PaperTables.Table1, PaperTables.Table4], [Benchmark.Ntu60CrossSubject], 2, Budget.Smoke, true, [InputStream.Joint]);

        Assert.Equal(6, plan.Specs.Count);
        Assert.All(plan.Specs, s => Assert.Equal(InputStream.Joint, s.Stream));
    }

    [Fact]
    public void Create_NoSeeds_Throws()
    {
        Assert.Throws<ArgumentException>(() => SweepPlan.Create([PaperTables.Table1], [Benchmark.Ntu60CrossSubject], 0, Budget.Smoke, true));
    }

    [Fact]
    public void WriteThenRead_RoundTripsThePlan()
    {
        var plan = SweepPlan.Create([PaperTables.Table4, PaperTables.Figure4], [Benchmark.Ntu60CrossSubject, Benchmark.Ntu60CrossView], 2, Budget.Quick, true);
        var path = Path.Combine(_root, "sweep.json");

        SweepFile.Write(path, plan);
        var read = SweepFile.Read(path);

        Assert.Equal(plan.Specs.Select(s => s.Id), read.Specs.Select(s => s.Id));
        Assert.Equal(plan.Tables, read.Tables);
        Assert.Equal(plan.Benchmarks, read.Benchmarks);
        Assert.Equal(plan.Seeds, read.Seeds);
        Assert.Equal((plan.Budget, plan.UseSynthetic), (read.Budget, read.UseSynthetic));
    }

    [Fact]
    public void Read_BadSpec_NamesTheFileAndTheSpecIndex()
    {
        var plan = SweepPlan.Create([PaperTables.Table4], [Benchmark.Ntu60CrossSubject], 1, Budget.Smoke, true);
        var path = Path.Combine(_root, "sweep.json");
        SweepFile.Write(path, plan);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"stream\": \"Joint\"", "\"stream\": \"Elbow\""));

        var error = Assert.Throws<InvalidDataException>(() => SweepFile.Read(path));

        Assert.StartsWith($"{path} specs[0]: field 'stream'", error.Message);
    }

    [Fact]
    public void GpuHours_GrowWithEpochsFormatsAndClips()
    {
        var single = new ExperimentSpec(MsClr.Kit.Training.Pretraining.PretrainMethod.AimClr, Benchmark.Ntu60CrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Paper);
        var multi = single with { TrainingFormats = ["ntu-rgb+d", "smplx_42"] };
        var larger = single with { Benchmark = Benchmark.Ntu120CrossSubject };

        // 300 epochs × 40,091 clips at 500 clips/s is 6.68 h, plus feature extraction.
        Assert.InRange(SweepCost.GpuHours(single), 6.68, 6.70);
        Assert.True(SweepCost.GpuHours(multi) > 1.9 * SweepCost.GpuHours(single));
        Assert.True(SweepCost.GpuHours(larger) > SweepCost.GpuHours(single));
        Assert.Equal(SweepCost.GpuHours(single) / 2, SweepCost.GpuHours(single, 1000), 9);
    }
}
