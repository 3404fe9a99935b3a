using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using Parquet;
using Parquet.Schema;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Pretraining;

public class KeySpreadTests
{
    [Fact]
    public void MeanPairwiseCosine_IdenticalKeys_IsOne()
    {
        using var row = nn.functional.normalize(tensor(new float[] { 1, 2, 3, 4 }, [1, 4]), dim: 1);
        using var keys = row.expand(5, 4).contiguous();

        Assert.Equal(1.0, KeySpread.MeanPairwiseCosine(keys), 6);
        Assert.True(KeySpread.IsCollapsed(KeySpread.MeanPairwiseCosine(keys)));
    }

    [Fact]
    public void MeanPairwiseCosine_OrthonormalKeys_IsZero()
    {
        using var keys = eye(6);

        Assert.Equal(0.0, KeySpread.MeanPairwiseCosine(keys), 12);
        Assert.False(KeySpread.IsCollapsed(0.0));
    }

    [Fact]
    public void MeanPairwiseCosine_OppositePair_IsMinusOne()
    {
        using var keys = tensor(new float[] { 0, 1, 0, -1 }, [2, 2]);

        Assert.Equal(-1.0, KeySpread.MeanPairwiseCosine(keys), 12);
    }

    [Fact]
    public void MeanPairwiseCosine_RandomUnitKeys_MatchesANaiveLoopOverPairs()
    {
        var generator = new Generator(3);
        using var keys = nn.functional.normalize(randn([9, 5], generator: generator).add(HeldScalars.Of(0.5f), HeldScalars.One), dim: 1);
        var rows = keys.data<float>().ToArray();
        double sum = 0;
        var pairs = 0;
        for (var i = 0; i < 9; i++)
        {
            for (var j = 0; j < 9; j++)
            {
                if (i != j)
                {
                    sum += Enumerable.Range(0, 5).Sum(d => (double)rows[(i * 5) + d] * rows[(j * 5) + d]);
                    pairs++;
                }
            }
        }

        Assert.Equal(sum / pairs, KeySpread.MeanPairwiseCosine(keys), 6);
    }

    [Fact]
    public void MeanPairwiseCosine_FewerThanTwoKeys_NamesTheShape()
    {
        using var one = ones(1, 4);

        var error = Assert.Throws<ArgumentException>(() => KeySpread.MeanPairwiseCosine(one));
        Assert.Contains("(1, 4)", error.Message);
    }

    [Fact]
    public void Pretrainer_LogsEveryStepsKeyCosine_AndTheLogKeepsIt()
    {
        using var clips = TinyRuns.Clips(16, SkeletonFormats.NtuRgbD);
        using var temp = new TempFolder("key-spread");
        var result = Pretrainer.Run(clips, TinyRuns.Config(PretrainMethod.AimClr, epochs: 2), new TinyRuns.CopyAugmenter(), temp.Path, CPU);
        result.Model.Dispose();

        Assert.All(result.Log.Rows, r => Assert.InRange(r.KeyCosine, -1 - 1e-6, 1 + 1e-6));
        var reloaded = MetricsLog.Load(temp.File(Pretrainer.MetricsFileName));
        Assert.Equal(result.Log.Rows.Select(r => r.KeyCosine), reloaded.Rows.Select(r => r.KeyCosine));
        var lastEpoch = result.Log.Rows.Where(r => r.Epoch == 2).Select(r => r.KeyCosine).Average();
        Assert.Equal(lastEpoch, reloaded.LastEpochKeyCosine()!.Value, 12);
    }

    [Fact]
    public void Pretrainer_RateThatCollapsesMoCo_IsReportedAsCollapsed()
    {
        // The tiny loss test's note: above lr 0.01 these 16 clips collapse MoCo to uniform logits (L_nce = ln 9).
        using var clips = TinyRuns.Clips(16, SkeletonFormats.NtuRgbD);
        var config = TinyRuns.Config(PretrainMethod.SkeletonClr, epochs: 15) with
        {
            LearningRate = 0.3,
            Encoder = new Kit.Models.EncoderConfig(HiddenChannels: 8, OutputDim: 32, Dropout: 0),
            Contrastive = new Kit.Training.Losses.ContrastiveConfig(QueueSize: 8, Momentum: 0.5, FeatureDim: 16),
        };
        using var temp = new TempFolder("key-spread");
        var result = Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), temp.Path, CPU);
        result.Model.Dispose();

        var lastNce = result.Log.Rows.Where(r => r.Epoch == 15).Average(r => r.Nce);
        var keyCosine = result.Log.LastEpochKeyCosine()!.Value;
        Assert.True(KeySpread.IsCollapsed(keyCosine), $"key cosine {keyCosine:F4}, L_nce {lastNce:F3}");
        Assert.InRange(lastNce, Math.Log(9) - 0.2, Math.Log(9) + 0.2);
    }

    [Fact]
    public async Task MetricsLog_WrittenBeforeTheKeyCosineColumn_ReadsNaNAndNoLastEpochValue()
    {
        using var temp = new TempFolder("key-spread");
        var path = temp.File(Pretrainer.MetricsFileName);
        DataField[] fields =
        [
            new DataField<int>("epoch"), new DataField<int>("step"), new DataField<double>("loss"), new DataField<double>("nce"),
            new DataField<double>("d3m_extreme"), new DataField<double>("d3m_extreme_drop"), new DataField<double>("lr"),
            new DataField<double>("samples_per_second"), new DataField<string>("query_format"), new DataField<string>("key_format"),
        ];
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync<int>(fields[0], new[] { 1 }.AsMemory());
            await group.WriteAsync<int>(fields[1], new[] { 0 }.AsMemory());
            foreach (var field in fields[2..8])
            {
                await group.WriteAsync<double>(field, new[] { 0.5 }.AsMemory());
            }

            await group.WriteAsync(fields[8], new[] { "ntu-rgb+d" });
            await group.WriteAsync(fields[9], new[] { "ntu-rgb+d" });
        }

        var log = MetricsLog.Load(path);

        Assert.True(double.IsNaN(Assert.Single(log.Rows).KeyCosine));
        Assert.Equal(0.5, log.Rows[0].Nce);
        Assert.Null(log.LastEpochKeyCosine());
    }
}
