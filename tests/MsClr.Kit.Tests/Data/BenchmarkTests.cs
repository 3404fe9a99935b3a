using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Data;

public class BenchmarkTests
{
    [Theory]
    [InlineData("ntu60-xsub", "synthetic-xsub")]
    [InlineData("ntu120-xsub", "synthetic-xsub")]
    [InlineData("ntu60-xview", "synthetic-xview")]
    [InlineData("ntu120-xset", "synthetic-xview")]
    [InlineData("synthetic-xview", "synthetic-xview")]
    public void MeasuredOn_Synthetic_IsTheStandInThatChangesTheSameFactor(string name, string standIn)
    {
        var benchmark = Benchmark.Get(name);

        Assert.Same(Benchmark.Get(standIn), benchmark.MeasuredOn(useSynthetic: true));
        Assert.Same(benchmark, benchmark.MeasuredOn(useSynthetic: false));
    }

    [Fact]
    public void PaperColumns_AreNtusFourProtocolsInTable1Order()
    {
        Assert.Equal(["NTU-60 xview", "NTU-60 xsub", "NTU-120 xset", "NTU-120 xsub"], Benchmark.PaperColumns.Select(b => b.Label));
        Assert.Equal([60, 60, 120, 120], Benchmark.PaperColumns.Select(b => b.Classes));
        Assert.All(Benchmark.PaperColumns, b => Assert.False(b.IsSynthetic));
        Assert.True(Benchmark.SyntheticCrossSubject.IsSynthetic);
    }

    [Fact]
    public void IsTraining_Ntu60ProtocolOnAnNtu120Setup_ThrowsNamingTheBenchmark()
    {
        var setup18 = new Dictionary<string, int> { ["setup"] = 18, ["camera"] = 1, ["subject"] = 1, ["replication"] = 1 };

        Assert.Equal(Benchmark.Outside, Benchmark.Ntu60CrossSubject.Part(setup18));
        Assert.Equal(Benchmark.Train, Benchmark.Ntu120CrossSubject.Part(setup18));
        Assert.Contains("ntu60-xsub", Assert.Throws<ArgumentOutOfRangeException>(() => Benchmark.Ntu60CrossSubject.IsTraining(setup18)).Message);
    }

    [Fact]
    public void Get_UnknownName_ListsTheKnownOnes()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Benchmark.Get("ntu90-xsub"));

        Assert.Contains("synthetic-xview", error.Message);
        Assert.Same(Benchmark.Ntu60CrossView, Benchmark.Get("NTU60-XVIEW"));
    }
}
