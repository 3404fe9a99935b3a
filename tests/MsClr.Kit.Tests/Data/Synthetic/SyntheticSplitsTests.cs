using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Synthetic.SyntheticTestData;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Data.Synthetic;

public class SyntheticSplitsTests
{
    [Theory]
    [InlineData("synthetic-xsub", 3, 1, true)]
    [InlineData("synthetic-xsub", 4, 2, false)]
    [InlineData("synthetic-xview", 4, 2, true)]
    [InlineData("synthetic-xview", 3, 1, false)]
    public void IsTraining_Metadata_FollowsTheRule(string name, int subject, int view, bool training)
    {
        Assert.Equal(training, Benchmark.Get(name).IsTraining(new Dictionary<string, int> { ["subject"] = subject, ["view"] = view }));
    }

    [Fact]
    public void IsTraining_SameMetadata_SameAnswerWhateverElseDiffers()
    {
        var samples = SyntheticDataset.Generate(TwoPerClass, SkeletonFormats.Smpl24).ToList();

        foreach (var benchmark in new[] { Benchmark.SyntheticCrossSubject, Benchmark.SyntheticCrossView })
        {
            Assert.All(samples, s => Assert.Equal(
                SyntheticSplits.IsTraining(s, benchmark),
                benchmark.IsTraining(new Dictionary<string, int>(s.Metadata) { ["replication"] = 9 })));
        }
    }

    [Fact]
    public void IsTraining_GeneratedData_BothSidesNonEmptyForEveryBenchmarkAndClass()
    {
        var samples = SyntheticDataset.Generate(TwoPerClass with { Samples = 4 * SyntheticActions.Count }, SkeletonFormats.Smpl24).ToList();

        foreach (var benchmark in new[] { Benchmark.SyntheticCrossSubject, Benchmark.SyntheticCrossView })
        {
            var training = samples.Where(s => SyntheticSplits.IsTraining(s, benchmark)).ToList();
            Assert.NotEmpty(training);
            Assert.NotEmpty(samples.Except(training));
        }

        Assert.All(samples.GroupBy(s => s.Label), g => Assert.Contains(g, s => SyntheticSplits.IsTraining(s, Benchmark.SyntheticCrossSubject)));
        Assert.All(samples.GroupBy(s => s.Label), g => Assert.Contains(g, s => !SyntheticSplits.IsTraining(s, Benchmark.SyntheticCrossSubject)));
    }

    [Fact]
    public void IsTraining_MissingKey_NamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Benchmark.SyntheticCrossSubject.IsTraining(new Dictionary<string, int> { ["view"] = 1 }));

        Assert.Contains("'subject'", error.Message);
    }
}
