using MsClr.Kit.Data;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class SupervisedTrainingTests
{
    private static readonly EncoderConfig TinyEncoder = new(HiddenChannels: 4, OutputDim: 16, Dropout: 0.1);

    // Two classes that differ in how fast every joint oscillates: a supervised network must separate them.
    private static ClipTensors Clips(int count, int seed)
    {
        var format = SkeletonFormats.NtuRgbD;
        var random = new Random(seed);
        const int frames = 16, persons = 1;
        return ClipTensors.FromSamples(format, Enumerable.Range(0, count).Select(i =>
        {
            var label = i % 2;
            var (speed, phase) = (label == 0 ? 0.3 : 1.2, random.NextDouble() * 6);
            var xyz = new float[frames * persons * format.JointCount * 3];
            for (var t = 0; t < frames; t++)
            {
                for (var v = 0; v < format.JointCount; v++)
                {
                    for (var c = 0; c < 3; c++)
                    {
                        xyz[(t * format.JointCount + v) * 3 + c] = (float)(Math.Sin(speed * t + phase + 0.2 * v + c) + 0.1 * random.NextDouble());
                    }
                }
            }

            return new SkeletonSample($"c{seed}-{i:D3}", label, new Dictionary<string, int>(), frames, persons, format.JointCount, xyz);
        }));
    }

    [Fact]
    public void Train_TinyTwoClassData_LossGoesDownAndTheTestSetIsScored()
    {
        using var scope = NewDisposeScope();
        using var train = Clips(32, 1);
        using var test = Clips(16, 2);

        var result = SupervisedTraining.Train(train, test, InputStream.Joint, classes: 2, TinyEncoder, new SupervisedConfig(Epochs: 8, BatchSize: 8, Milestones: [6]), seed: 3, CPU);

        Assert.Equal(8, result.TrainLoss.Count);
        Assert.True(result.TrainLoss[^1] < 0.7 * result.TrainLoss[0], $"losses {string.Join(", ", result.TrainLoss)}");
        Assert.Equal(new long[] { 16, 2 }, result.TestScores.shape);
        Assert.InRange(result.Final.Top1, 0, 1);
    }

    [Fact]
    public void Train_Progress_ReportsEveryStepInOrderWithItsLossAndRateUpToTheWholeRun()
    {
        using var scope = NewDisposeScope();
        using var train = Clips(20, 1);
        using var test = Clips(8, 2);
        var events = new List<SupervisedProgress>();

        var result = SupervisedTraining.Train(train, test, InputStream.Joint, classes: 2, TinyEncoder, new SupervisedConfig(Epochs: 3, BatchSize: 8, Milestones: [2]), seed: 3, CPU,
            progress: new Recorder(events));

        // 20 clips in batches of 8: steps of 8, 8 and 4 clips per epoch.
        Assert.Equal(9, events.Count);
        Assert.Equal([(1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2), (3, 0), (3, 1), (3, 2)], events.Select(e => (e.Epoch, e.Step)));
        Assert.All(events, e => Assert.Equal((3, 3), (e.Epochs, e.StepsPerEpoch)));
        Assert.Equal([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1 * 0.1, 0.1 * 0.1, 0.1 * 0.1], events.Select(e => e.LearningRate), new ToleranceComparer(1e-12));
        Assert.Equal(1.0, events[^1].Fraction, 12);
        Assert.True(events.Zip(events.Skip(1)).All(p => p.Second.Fraction > p.First.Fraction), "fractions rise step by step");
        Assert.All(events, e => Assert.True(e.SamplesPerSecond > 0 && double.IsFinite(e.SamplesPerSecond)));
        // Each epoch's recorded loss is the mean of its steps' losses.
        Assert.Equal(result.TrainLoss, events.Chunk(3).Select(epoch => epoch.Average(e => e.Loss)), new ToleranceComparer(1e-6));
    }

    private sealed class Recorder(List<SupervisedProgress> events) : IProgress<SupervisedProgress>
    {
        public void Report(SupervisedProgress value) => events.Add(value);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void Train_SameSeed_GivesTheSameScores()
    {
        using var scope = NewDisposeScope();
        using var train = Clips(16, 1);
        using var test = Clips(8, 2);
        var config = new SupervisedConfig(Epochs: 2, BatchSize: 8, Milestones: [2]);

        var first = SupervisedTraining.Train(train, test, InputStream.Motion, 2, TinyEncoder, config, seed: 5, CPU);
        var second = SupervisedTraining.Train(train, test, InputStream.Motion, 2, TinyEncoder, config, seed: 5, CPU);

        Assert.True(first.TestScores.equal(second.TestScores).all().item<bool>());
        Assert.Equal(first.TrainLoss, second.TrainLoss);
    }

    [Fact]
    public void Train_FromAPretrainedEncoderOnSeparableClips_LossGoesDownReachesHighAccuracyAndMovesTheTrunk()
    {
        using var scope = NewDisposeScope();
        var config = new EncoderConfig(HiddenChannels: 4, OutputDim: 16);
        // A saved and reloaded encoder with a projection head stands in for a pretraining checkpoint.
        using var temp = new TempFolder("pretrained");
        using (var saved = new StGcnEncoder(new FormatSet(SkeletonFormats.NtuRgbD), config, Heads.Projection(16, 16, 8)))
        {
            WeightInitialisation.Apply(saved, new Generator(4));
            saved.save(Path.Combine(temp.Path, "encoder.dat"));
        }

        using var pretrained = new StGcnEncoder(new FormatSet(SkeletonFormats.NtuRgbD), config, Heads.Projection(16, 16, 8));
        pretrained.load(Path.Combine(temp.Path, "encoder.dat"));
        using var train = Clips(32, 1);
        using var test = Clips(16, 2);

        var result = SupervisedTraining.Train(train, test, InputStream.Joint, 2, config, new SupervisedConfig(Epochs: 10, BatchSize: 8, Milestones: [8]), seed: 3, CPU, pretrained);

        Assert.True(result.TrainLoss[^1] < 0.5 * result.TrainLoss[0], $"losses {string.Join(", ", result.TrainLoss)}");
        Assert.True(result.Final.Top1 >= 0.9, $"top-1 {result.Final.Top1:P1}");
        Assert.True(result.EncoderChange > 1e-3, $"trunk moved by {result.EncoderChange}");
    }

    [Fact]
    public void Train_StoppedAfterEveryEpochAndResumed_EndsBitIdenticalToAnUninterruptedRun()
    {
        using var scope = NewDisposeScope();
        using var train = Clips(16, 1);
        using var test = Clips(8, 2);
        using var pretrained = new StGcnEncoder(new FormatSet(SkeletonFormats.NtuRgbD), TinyEncoder, Heads.Projection(16, 16, 8));
        WeightInitialisation.Apply(pretrained, new Generator(4));
        var config = new SupervisedConfig(Epochs: 4, BatchSize: 8, Milestones: [3]);
        using var temp = new TempFolder("supervised-state");
        var state = Path.Combine(temp.Path, "finetune-state");
        var straight = SupervisedTraining.Train(train, test, InputStream.Joint, 2, TinyEncoder, config, seed: 5, CPU, pretrained);
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        var stops = 0;
        SupervisedResult? resumed = null;
        while (resumed is null)
        {
            try
            {
                // Each call resumes the saved state and, cancelled, trains one more epoch and saves again; the last one finishes.
                resumed = SupervisedTraining.Train(train, test, InputStream.Joint, 2, TinyEncoder, config, seed: 5, CPU, pretrained, stopped.Token, state);
            }
            catch (OperationCanceledException e)
            {
                stops++;
                Assert.Contains($"after epoch {stops}/4", e.Message);
                Assert.True(File.Exists(Path.Combine(state, "state.json")));
            }
        }

        Assert.Equal(3, stops);
        Assert.Equal(straight.TrainLoss, resumed.TrainLoss);
        Assert.Equal(straight.EncoderChange, resumed.EncoderChange);
        Assert.True(straight.TestScores.equal(resumed.TestScores).all().item<bool>(), "test scores differ after resuming");
        Assert.False(Directory.Exists(state), "a finished run leaves no state behind");
    }

    [Fact]
    public void Network_FromAPretrainedEncoder_StartsFromItsTrunkWithAClassifierHead()
    {
        using var scope = NewDisposeScope();
        var formats = new FormatSet(SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        var config = new EncoderConfig(HiddenChannels: 4, OutputDim: 16);
        using var pretrained = new StGcnEncoder(formats, config, Heads.Projection(16, 16, 8));
        WeightInitialisation.Apply(pretrained, new Generator(1));
        var before = pretrained.state_dict().ToDictionary(p => p.Key, p => p.Value.clone());

        using var network = SupervisedTraining.Network(SkeletonFormats.NtuRgbD, classes: 5, new EncoderConfig(), seed: 2, pretrained);

        var copied = network.state_dict().Where(p => !p.Key.StartsWith("fc.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(copied);
        Assert.All(copied, p => Assert.True(p.Value.equal(before[p.Key]).all().item<bool>(), p.Key));
        Assert.Equal(new long[] { 5, 16 }, network.state_dict()["fc.weight"].shape);
        // Training the copy leaves the pretrained encoder as it was.
        using var train = Clips(8, 1);
        using var test = Clips(4, 2);
        SupervisedTraining.Train(train, test, InputStream.Joint, 2, config, new SupervisedConfig(1, 4, [1]), 3, CPU, pretrained);
        Assert.All(pretrained.state_dict(), p => Assert.True(p.Value.equal(before[p.Key]).all().item<bool>(), p.Key));
    }
}
