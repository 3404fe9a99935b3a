using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data.Store;

namespace MsClr.Kit.Tests.Data.Preparation;

public sealed class DatasetSplitsTests
{
    private static readonly Dictionary<string, int> Camera1Subject1 =
        new() { ["setup"] = 1, ["camera"] = 1, ["subject"] = 1, ["replication"] = 1 };

    [Fact]
    public void For_Ntu60Metadata_GivesCrossSubjectAndCrossViewFromNtuSplits()
    {
        var splits = DatasetSplits.For("ntu60", StoreSchema.NtuMetadataColumns);

        Assert.Equal(["ntu60-xsub", "ntu60-xview"], splits.Select(s => s.Name));
        Assert.Equal(["train", "test"], splits.Select(s => s.Part(Camera1Subject1)));
    }

    [Fact]
    public void For_Ntu60BenchmarkOnASetupOf120_CallsItOutside()
    {
        var split = DatasetSplits.For("ntu60", StoreSchema.NtuMetadataColumns)[0];

        Assert.Equal("outside", split.Part(new Dictionary<string, int>(Camera1Subject1) { ["setup"] = 18 }));
    }

    [Fact]
    public void For_UnknownNtuStyleName_GivesAllFourBenchmarks()
    {
        Assert.Equal(4, DatasetSplits.For("ntu-sample", StoreSchema.NtuMetadataColumns).Count);
    }

    [Fact]
    public void For_SubjectAndViewMetadata_GivesTheSyntheticSplits()
    {
        var splits = DatasetSplits.For("synthetic", StoreSchema.SyntheticMetadataColumns);

        Assert.Equal(["synthetic-xsub", "synthetic-xview"], splits.Select(s => s.Name));
        Assert.Equal(["train", "test"], splits.Select(s => s.Part(new Dictionary<string, int> { ["subject"] = 1, ["view"] = 1 })));
    }

    [Fact]
    public void For_OtherMetadata_GivesNone()
    {
        Assert.Empty(DatasetSplits.For("misc", ["take"]));
    }

    [Fact]
    public void For_SubjectAndViewMetadataOfAnotherDataset_NamesTheSplitsAfterIt()
    {
        var splits = DatasetSplits.For("mocap", StoreSchema.SyntheticMetadataColumns);

        Assert.Equal(["mocap-xsub", "mocap-xview"], splits.Select(s => s.Name));
        Assert.All(splits, s => Assert.Equal("mocap", s.Dataset));
        Assert.Equal(["test", "train"], splits.Select(s => s.Part(new Dictionary<string, int> { ["subject"] = 2, ["view"] = 3 })));
    }
}
