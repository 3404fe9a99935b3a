using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;
using static MsClr.Kit.Tests.Data.Synthetic.SyntheticTestData;

namespace MsClr.Kit.Tests.Data.Synthetic;

public class SyntheticSplitsTests
{
    [Theory]
    [InlineData(SyntheticBenchmark.CrossSubject, 3, 1, true)]
    [InlineData(SyntheticBenchmark.CrossSubject, 4, 2, false)]
    [InlineData(SyntheticBenchmark.CrossView, 4, 2, true)]
    [InlineData(SyntheticBenchmark.CrossView, 3, 1, false)]
    public void IsTraining_Metadata_FollowsTheRule(SyntheticBenchmark benchmark, int subject, int view, bool training)
    {
        Assert.Equal(training, SyntheticSplits.IsTraining(new Dictionary<string, int> { ["subject"] = subject, ["view"] = view }, benchmark));
    }

    [Fact]
    public void IsTraining_SameMetadata_SameAnswerWhateverElseDiffers()
    {
        var samples = SyntheticDataset.Generate(TwoPerClass, SkeletonFormats.Smpl24).ToList();

        foreach (var benchmark in Enum.GetValues<SyntheticBenchmark>())
        {
            Assert.All(samples, s => Assert.Equal(
                SyntheticSplits.IsTraining(s, benchmark),
                SyntheticSplits.IsTraining(new Dictionary<string, int>(s.Metadata) { ["replication"] = 9 }, benchmark)));
        }
    }

    [Fact]
    public void IsTraining_GeneratedData_BothSidesNonEmptyForEveryBenchmarkAndClass()
    {
        var samples = SyntheticDataset.Generate(TwoPerClass with { Samples = 4 * SyntheticActions.Count }, SkeletonFormats.Smpl24).ToList();

        foreach (var benchmark in Enum.GetValues<SyntheticBenchmark>())
        {
            var training = samples.Where(s => SyntheticSplits.IsTraining(s, benchmark)).ToList();
            Assert.NotEmpty(training);
            Assert.NotEmpty(samples.Except(training));
        }

        Assert.All(samples.GroupBy(s => s.Label), g => Assert.Contains(g, s => SyntheticSplits.IsTraining(s, SyntheticBenchmark.CrossSubject)));
        Assert.All(samples.GroupBy(s => s.Label), g => Assert.Contains(g, s => !SyntheticSplits.IsTraining(s, SyntheticBenchmark.CrossSubject)));
    }

    [Fact]
    public void IsTraining_MissingKey_NamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticSplits.IsTraining(new Dictionary<string, int> { ["view"] = 1 }, SyntheticBenchmark.CrossSubject));

        Assert.Contains("'subject'", error.Message);
    }
}
