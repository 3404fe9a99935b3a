using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Evaluation;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class AccuracyByActionKindTests
{
    private static readonly long Walk = SyntheticActions.Get("walk").Index, Jump = SyntheticActions.Get("jump").Index;
    private static readonly long Wave = SyntheticActions.Get("wave").Index, GetUp = SyntheticActions.Get("get up").Index;

    [Fact]
    public void Of_LabelsAndPredictions_CountsEachKindApart()
    {
        // Full body: walk right, jump called walk, walk right → 2/3; fine-grained: wave called get up → 0/1; temporal: 1/1.
        long[] labels = [Walk, Jump, Walk, Wave, GetUp];
        long[] predicted = [Walk, Walk, Walk, GetUp, GetUp];

        var byKind = AccuracyByActionKind.Of(labels, predicted);

        Assert.Equal([SyntheticActionKind.FullBody, SyntheticActionKind.FineGrained, SyntheticActionKind.TemporalStructure], byKind.Keys);
        Assert.Equal(2.0 / 3, byKind[SyntheticActionKind.FullBody], 12);
        Assert.Equal(0, byKind[SyntheticActionKind.FineGrained]);
        Assert.Equal(1, byKind[SyntheticActionKind.TemporalStructure]);
    }

    [Fact]
    public void Of_ScoreFile_IsTheArgmaxOfItsLogitsAgainstItsLabels()
    {
        using var temp = new TempFolder("kinds");
        var path = temp.File("scores.parquet");
        var scores = zeros(3, SyntheticActions.Count);
        scores[0, Walk] = tensor(5f);
        scores[1, Walk] = tensor(5f);
        scores[2, GetUp] = tensor(5f);
        ScoreFile.Write(path, ["a", "b", "c"], [Walk, Jump, GetUp], scores);

        var byKind = AccuracyByActionKind.Of(path);

        Assert.Equal(0.5, byKind[SyntheticActionKind.FullBody]);
        Assert.Equal(1, byKind[SyntheticActionKind.TemporalStructure]);
    }

    [Fact]
    public void Of_BadInput_NamesIt()
    {
        Assert.Contains("2 labels but 1 predictions", Assert.Throws<ArgumentException>(() => AccuracyByActionKind.Of([Walk, Jump], [Walk])).Message);
        Assert.Contains($"label {SyntheticActions.Count} is not a synthetic action", Assert.Throws<ArgumentException>(() => AccuracyByActionKind.Of([SyntheticActions.Count], [0])).Message);
    }
}
