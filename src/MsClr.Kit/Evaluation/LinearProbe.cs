using MsClr.Kit.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Trains a linear classifier on frozen features. The official code runs the frozen encoder in eval mode on every
/// batch; with no augmentation and eval-mode BatchNorm that gives the same features every epoch, so extracting them
/// once (<see cref="FeatureExtraction"/>) and training here is the same protocol at a fraction of the cost.
/// </summary>
public static class LinearProbe
{
    /// <summary>Trains Linear(D, classes) with SGD and the config's step schedule, evaluating on the test set periodically.</summary>
    /// <param name="trainFeatures">(N_train, D) frozen features.</param>
    /// <param name="trainLabels">(N_train) int64 labels.</param>
    /// <param name="testFeatures">(N_test, D).</param>
    /// <param name="testLabels">(N_test) int64 labels.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="config">Protocol.</param>
    /// <param name="generator">Seeded generator for the classifier initialisation (N(0, 0.02), zero bias, as upstream) and shuffling.</param>
    /// <param name="cancellation">Checked after every epoch: when set, the probe's state is saved in <paramref name="stateFolder"/> and
    /// <see cref="OperationCanceledException"/> is thrown.</param>
    /// <param name="stateFolder">Where a stopped probe keeps its state; a state found there is resumed (bit-identically) and deleted
    /// when the probe finishes. Null: no saving, and cancellation is not checked.</param>
    /// <exception cref="OperationCanceledException">Stopped by <paramref name="cancellation"/> (the state was saved).</exception>
    public static LinearProbeResult Train(Tensor trainFeatures, Tensor trainLabels, Tensor testFeatures, Tensor testLabels, int classes, LinearEvalConfig config, Generator generator,
        CancellationToken cancellation = default, string? stateFolder = null)
    {
        if (config.StandardiseFeatures)
        {
            using var scope = NewDisposeScope();
            var (train, test) = FeatureStandardisation.Apply(trainFeatures, testFeatures);
            var result = Train(train, trainLabels, test, testLabels, classes, config with { StandardiseFeatures = false }, generator,
                cancellation, stateFolder);
            result.TestScores.MoveToOuterDisposeScope();
            return result;
        }

        using var classifier = Linear(trainFeatures.shape[1], classes);
        classifier.to(trainFeatures.device);
        using (no_grad())
        {
            classifier.weight!.normal_(0, 0.02, generator);
            classifier.bias!.zero_();
        }

        using var optimizer = new ScalarSafeSgd(classifier.parameters(), config.LearningRate, config.Momentum, weight_decay: config.WeightDecay);
        var losses = new List<double>();
        var periodic = new List<(int Epoch, double Top1)>();
        var count = trainFeatures.shape[0];
        var done = stateFolder is null ? 0 : ProbeState.Load(stateFolder, classifier, optimizer, generator, losses, periodic).Epoch;
        for (var epoch = done + 1; epoch <= config.Epochs; epoch++)
        {
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = config.RateAt(epoch);
            }

            classifier.train();
            losses.Add(TrainEpoch(classifier, optimizer, trainFeatures, trainLabels, count, config.BatchSize, generator));
            if (epoch % config.EvalInterval == 0 || epoch == config.Epochs)
            {
                using var scores = Score(classifier, testFeatures);
                periodic.Add((epoch, ClassificationMetrics.From(scores, testLabels).Top1));
            }

            if (stateFolder is not null && cancellation.IsCancellationRequested && epoch < config.Epochs)
            {
                ProbeState.Save(stateFolder, epoch, classifier, optimizer, generator, losses, periodic);
                throw new OperationCanceledException($"linear evaluation was stopped after probe epoch {epoch}/{config.Epochs}; its state is in {stateFolder}; run again to resume");
            }
        }

        if (stateFolder is not null)
        {
            ProbeState.Delete(stateFolder);
        }

        var testScores = Score(classifier, testFeatures);
        var best = periodic.MaxBy(p => p.Item2);
        return new LinearProbeResult(ClassificationMetrics.From(testScores, testLabels), best.Item2, best.Item1, losses, periodic, testScores);
    }

    private static double TrainEpoch(Linear classifier, optim.Optimizer optimizer, Tensor features, Tensor labels, long count, int batchSize, Generator generator)
    {
        using var order = randperm(count, generator: generator).to(features.device);
        double total = 0;
        var batches = 0;
        for (long start = 0; start < count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var index = order.narrow(0, start, Math.Min(batchSize, count - start));
            var loss = functional.cross_entropy(classifier.forward(features.index_select(0, index)), labels.index_select(0, index));
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            total += loss.item<float>();
            batches++;
        }

        return total / Math.Max(1, batches);
    }

    private static Tensor Score(Linear classifier, Tensor features)
    {
        classifier.eval();
        using var noGrad = no_grad();
        return classifier.forward(features);
    }
}
