using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Data.Ntu;

public class NtuSplitsTests
{
    [Theory]
    [InlineData("ntu60_skes_available_name.txt", "ntu60-xsub", 40_091, 16_487)]
    [InlineData("ntu60_skes_available_name.txt", "ntu60-xview", 37_646, 18_932)]
    [InlineData("ntu120_skes_available_name.txt", "ntu120-xsub", 63_026, 50_919)]
    [InlineData("ntu120_skes_available_name.txt", "ntu120-xset", 54_468, 59_477)]
    public void IsTraining_OverUsableSamples_GivesPublishedSplitSizes(string list, string name, int train, int test)
    {
        var benchmark = Benchmark.Get(name);
        var ids = NtuSampleLists.ReadIds(NtuTestFiles.RepositoryList(list));

        Assert.All(ids, id => Assert.True(NtuSplits.InBenchmark(id, benchmark), $"{id} not in {benchmark}"));
        Assert.Equal(train, ids.Count(id => NtuSplits.IsTraining(id, benchmark)));
        Assert.Equal(test, ids.Count(id => !NtuSplits.IsTraining(id, benchmark)));
    }

    [Fact]
    public void InBenchmark_Ntu120List_KeepsExactlyTheNtu60Samples()
    {
        var ntu120 = NtuSampleLists.ReadIds(NtuTestFiles.RepositoryList("ntu120_skes_available_name.txt"));
        var ntu60 = NtuSampleLists.ReadIds(NtuTestFiles.RepositoryList("ntu60_skes_available_name.txt"));

        var kept = ntu120.Where(id => NtuSplits.InBenchmark(id, Benchmark.Ntu60CrossSubject)).ToList();

        Assert.Equal(ntu60, kept);
    }

    [Fact]
    public void ReadIds_MissingSkeletonLists_HaveOfficialSizesAndNesting()
    {
        var missing60 = NtuSampleLists.ReadIds(NtuTestFiles.RepositoryList("ntu60_samples_with_missing_skeletons.txt"));
        var missing120 = NtuSampleLists.ReadIds(NtuTestFiles.RepositoryList("ntu120_samples_with_missing_skeletons.txt"));
        var usable60 = NtuSampleLists.ReadIds(NtuTestFiles.RepositoryList("ntu60_skes_available_name.txt")).ToHashSet();

        Assert.Equal(302, missing60.Count);
        Assert.Equal(535, missing120.Count);
        Assert.Subset(missing120.ToHashSet(), missing60.ToHashSet());
        Assert.DoesNotContain(missing60, usable60.Contains);
        Assert.Equal(56_880, missing60.Count + usable60.Count);
    }

    [Theory]
    [InlineData(NtuDataset.Ntu60, "ntu60_samples_with_missing_skeletons.txt")]
    [InlineData(NtuDataset.Ntu120, "ntu120_samples_with_missing_skeletons.txt")]
    public void MissingSkeletons_BuiltIntoTheKit_EqualsTheRepositoryList(NtuDataset dataset, string list)
    {
        Assert.Equal(NtuSampleLists.ReadIds(NtuTestFiles.RepositoryList(list)), NtuDatasets.MissingSkeletons(dataset));
    }

    [Fact]
    public void IsTraining_HandPickedIds_FollowEachRule()
    {
        var id = NtuSampleId.Parse("S002C001P004R001A061");

        Assert.True(NtuSplits.IsTraining(id, Benchmark.Ntu120CrossSubject));
        Assert.True(NtuSplits.IsTraining(id, Benchmark.Ntu120CrossSetup));
        Assert.False(NtuSplits.IsTraining(NtuSampleId.Parse("S031C002P103R001A001"), Benchmark.Ntu120CrossSetup));
        Assert.True(NtuSplits.IsTraining(NtuSampleId.Parse("S031C002P103R001A001"), Benchmark.Ntu120CrossSubject));
        Assert.False(NtuSplits.IsTraining(NtuSampleId.Parse("S001C001P003R001A001"), Benchmark.Ntu60CrossSubject));
        Assert.False(NtuSplits.IsTraining(NtuSampleId.Parse("S001C001P001R001A001"), Benchmark.Ntu60CrossView));
        Assert.True(NtuSplits.IsTraining(NtuSampleId.Parse("S001C003P003R001A001"), Benchmark.Ntu60CrossView));
    }

    [Fact]
    public void IsTraining_SampleOutsideNtu60_ThrowsNamingSample()
    {
        var id = NtuSampleId.Parse("S002C001P004R001A061");

        Assert.False(NtuSplits.InBenchmark(id, Benchmark.Ntu60CrossView));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NtuSplits.IsTraining(id, Benchmark.Ntu60CrossView));
        Assert.Contains("S002C001P004R001A061", error.Message, StringComparison.Ordinal);
        Assert.False(NtuSplits.InBenchmark(NtuSampleId.Parse("S018C001P004R001A001"), Benchmark.Ntu60CrossSubject));
    }

    [Fact]
    public void Classes_EachNtuBenchmark_Is60Or120()
    {
        Assert.Equal(60, Benchmark.Ntu60CrossSubject.Classes);
        Assert.Equal(60, Benchmark.Ntu60CrossView.Classes);
        Assert.Equal(120, Benchmark.Ntu120CrossSubject.Classes);
        Assert.Equal(120, Benchmark.Ntu120CrossSetup.Classes);
        Assert.Equal(20, NtuSplits.Ntu60CrossSubjectTrainingSubjects.Count);
        Assert.Equal(53, NtuSplits.Ntu120CrossSubjectTrainingSubjects.Count);
    }
}
