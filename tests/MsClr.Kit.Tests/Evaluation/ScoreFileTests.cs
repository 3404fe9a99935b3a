using MsClr.Kit.Evaluation;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class ScoreFileTests
{
    [Fact]
    public void WriteThenRead_Scores_RoundTripWithIdsAndLabels()
    {
        using var temp = new TempFolder("scores");
        var path = temp.File("scores.parquet");
        using var scores = tensor(new float[] { 0.5f, -1, 2, 3, 0, -0.25f }, [2, 3]);

        ScoreFile.Write(path, ["a", "b"], [2, 0], scores);
        var (ids, labels, read) = ScoreFile.Read(path);

        Assert.Equal(["a", "b"], ids);
        Assert.Equal([2L, 0L], labels);
        Assert.True(read.equal(scores).all().item<bool>());
    }
}
