using MsClr.Kit.Data;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class EvaluationTests
{
    [Fact]
    public void Metrics_HandMadeScores_GiveTop1Top5PerClassAndConfusion()
    {
        using var scope = NewDisposeScope();
        var scores = tensor(new float[] { 0.9f, 0.1f, 0f, 0.2f, 0.7f, 0.1f, 0.5f, 0.4f, 0.1f, 0.1f, 0.2f, 0.7f }, [4, 3]);
        var labels = tensor(new long[] { 0, 1, 1, 2 });

        var metrics = ClassificationMetrics.From(scores, labels);

        Assert.Equal(0.75, metrics.Top1);
        Assert.Equal(1.0, metrics.Top5);
        Assert.Equal(new[] { 1.0, 0.5, 1.0 }, metrics.PerClassAccuracy);
        Assert.Equal(1, metrics.Confusion[1, 0]);
        Assert.Equal(1, metrics.Confusion[1, 1]);
    }

    [Fact]
    public void StreamFusion_PaperWeights_AreJoint06Bone06Motion04OnLogits()
    {
        using var scope = NewDisposeScope();
        var joint = tensor(new float[] { 1, 0 }, [1, 2]);
        var bone = tensor(new float[] { 0, 2 }, [1, 2]);
        var motion = tensor(new float[] { 5, 0 }, [1, 2]);

        var fused = ScoreFusion.Streams(joint, bone, motion).data<float>().ToArray();

        Assert.Equal(0.6f * 1 + 0.4f * 5, fused[0], 5);
        Assert.Equal(0.6f * 2, fused[1], 5);
    }

    [Fact]
    public void FormatEnsemble_SoftmaxAndLogitModes_AverageTheRightThing()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new float[] { 2, 0 }, [1, 2]);
        var b = tensor(new float[] { 0, 4 }, [1, 2]);

        var softmax = ScoreFusion.FormatEnsemble([a, b]);
        var logits = ScoreFusion.FormatEnsemble([a, b], ScoreAveraging.Logits);

        Assert.True(softmax.allclose(a.softmax(1).add(b.softmax(1), HeldScalars.One).div(HeldScalars.Of(2))));
        Assert.True(logits.allclose(tensor(new float[] { 1, 2 }, [1, 2])));
        Assert.Throws<ArgumentException>(() => ScoreFusion.FormatEnsemble([a, zeros([2, 2])]));
    }

    [Fact]
    public void Schedule_PaperDefaults_Are3Then03AfterEpoch80()
    {
        var config = new LinearEvalConfig();
        Assert.Equal(3.0, config.RateAt(1));
        Assert.Equal(3.0, config.RateAt(80));
        Assert.Equal(0.3, config.RateAt(81), 10);
        Assert.Equal(0.3, config.RateAt(100), 10);
    }

    [Fact]
    public void LinearProbe_SeparableClusters_LearnsThemAndRepeatsWithTheSameSeed()
    {
        using var scope = NewDisposeScope();
        var (trainX, trainY) = Clusters(240, 1);
        var (testX, testY) = Clusters(120, 2);
        var config = new LinearEvalConfig(LearningRate: 0.5, Epochs: 20, Milestones: [15], BatchSize: 32);

        var first = LinearProbe.Train(trainX, trainY, testX, testY, 4, config, new Generator(3));
        var second = LinearProbe.Train(trainX, trainY, testX, testY, 4, config, new Generator(3));

        Assert.True(first.Final.Top1 > 0.9, $"top-1 {first.Final.Top1}");
        Assert.True(first.TrainLoss[^1] < first.TrainLoss[0]);
        Assert.Equal(first.Final.Top1, second.Final.Top1);
        Assert.True(first.TestScores.equal(second.TestScores).all().item<bool>());
        Assert.Equal(4, first.PeriodicTop1.Count);
        Assert.True(first.BestPeriodicTop1 >= first.PeriodicTop1[^1].Top1);
    }

    [Fact]
    public void LinearProbe_Standardised_GivesTheSamePredictionsWhateverTheFeaturesScale()
    {
        using var scope = NewDisposeScope();
        var (trainX, trainY) = Clusters(240, 1);
        var (testX, testY) = Clusters(120, 2);
        var config = new LinearEvalConfig(LearningRate: 0.5, Epochs: 20, Milestones: [15], BatchSize: 32, StandardiseFeatures: true);

        // 1e-9 is the spread of an untrained encoder's features, which an absolute epsilon (std + 1e-6) could not fit.
        var results = new[] { 1.0, 1e-9, 1e3 }
            .Select(scale => LinearProbe.Train(trainX.mul(HeldScalars.Of(scale)), trainY, testX.mul(HeldScalars.Of(scale)), testY, 4, config, new Generator(3)))
            .ToArray();

        Assert.True(results[0].Final.Top1 > 0.9, $"top-1 {results[0].Final.Top1}");
        foreach (var result in results.Skip(1))
        {
            Assert.Equal(results[0].Final.Top1, result.Final.Top1);
            Assert.True(result.TestScores.argmax(1).equal(results[0].TestScores.argmax(1)).all().item<bool>());
            Assert.True(result.TestScores.allclose(results[0].TestScores, rtol: 1e-3, atol: 1e-3));
        }
    }

    [Fact]
    public void LinearProbe_StoppedAfterEveryEpochAndResumed_EndsBitIdenticalToAnUninterruptedProbe()
    {
        using var scope = NewDisposeScope();
        var (trainX, trainY) = Clusters(240, 1);
        var (testX, testY) = Clusters(120, 2);
        var config = new LinearEvalConfig(LearningRate: 0.5, Epochs: 6, Milestones: [4], BatchSize: 32, EvalInterval: 2, StandardiseFeatures: true);
        var state = Path.Combine(Directory.CreateTempSubdirectory("msclr-probe-").FullName, "ntu-rgb+d");
        var straight = LinearProbe.Train(trainX, trainY, testX, testY, 4, config, new Generator(3));
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        var stops = 0;
        LinearProbeResult? resumed = null;
        while (resumed is null)
        {
            try
            {
                // Each call resumes the saved state and, cancelled, runs one more epoch and saves again; the last one finishes.
                resumed = LinearProbe.Train(trainX, trainY, testX, testY, 4, config, new Generator(3), stopped.Token, state);
            }
            catch (OperationCanceledException e)
            {
                stops++;
                Assert.Contains($"after probe epoch {stops}/6", e.Message);
                Assert.True(File.Exists(Path.Combine(state, "state.json")));
            }
        }

        Assert.Equal(5, stops);
        Assert.Equal(straight.TrainLoss, resumed.TrainLoss);
        Assert.Equal(straight.PeriodicTop1, resumed.PeriodicTop1);
        Assert.True(straight.TestScores.equal(resumed.TestScores).all().item<bool>(), "test scores differ after resuming");
        Assert.False(Directory.Exists(state), "a finished probe leaves no state behind");
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(state)!));
        Directory.Delete(Path.GetDirectoryName(state)!);
    }

    [Fact]
    public void FrozenGuard_ChangedParameter_IsReportedByName()
    {
        using var scope = NewDisposeScope();
        var encoder = new StGcnEncoder(new FormatSet(SkeletonFormats.NtuRgbD), new EncoderConfig(), Heads.Projection());
        using var guard = new FrozenModuleGuard(encoder);
        guard.Verify();

        using (no_grad())
        {
            encoder.get_parameter("fc.0.bias")!.add_(HeldScalars.Of(1e-3f), HeldScalars.One);
        }

        var error = Assert.Throws<InvalidOperationException>(guard.Verify);
        Assert.Contains("fc.0.bias", error.Message);
    }

    [Fact]
    public void FeatureExtraction_Bone_GivesOneFeatureRowPerClipAndLeavesTheEncoderUnchanged()
    {
        using var scope = NewDisposeScope();
        var format = SkeletonFormats.NtuRgbD;
        var encoder = new StGcnEncoder(new FormatSet(format), new EncoderConfig(), Heads.Projection());
        var random = new Random(5);
        var samples = Enumerable.Range(0, 5).Select(i => new SkeletonSample(
            $"c{i}", i % 2, new Dictionary<string, int>(), 16, 2, 25,
            Enumerable.Range(0, 16 * 2 * 25 * 3).Select(_ => (float)random.NextDouble()).ToArray()));
        using var clips = ClipTensors.FromSamples(format, samples);
        var before = encoder.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());

        var features = FeatureExtraction.Extract(encoder, clips, InputStream.Bone, batchSize: 2, CPU);

        Assert.Equal(new long[] { 5, 256 }, features.shape);
        Assert.All(encoder.state_dict(), p => Assert.True(p.Value.equal(before[p.Key]).all().item<bool>(), p.Key));
    }

    private static (Tensor X, Tensor Y) Clusters(int count, int seed)
    {
        var generator = new Generator((ulong)seed);
        var labels = arange(HeldScalars.Of(0), HeldScalars.Of(count), HeldScalars.One, ScalarType.Int64).remainder(HeldScalars.Of(4));
        var centres = eye(4).mul(HeldScalars.Of(3));
        var x = cat([centres.index_select(0, labels), zeros([count, 4])], 1).add(randn([count, 8], generator: generator).mul(HeldScalars.Of(0.5f)), HeldScalars.One);
        return (x, labels);
    }
}
