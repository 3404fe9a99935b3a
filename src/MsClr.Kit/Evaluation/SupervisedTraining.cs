using MsClr.Kit.Data.Clips;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// The supervised baseline: the same ST-GCN encoder as pretraining, with a linear classifier as its head, trained end to
/// end on the labels of the training clips and tested on the test clips. Where self-supervised features land between a
/// random-init encoder and this one says how much of the labels' information pretraining recovered.
/// </summary>
/// <remarks>
/// Given only a CPU budget's few epochs (quick: 3, a few dozen steps) the network is far from converged and is no upper
/// bound; the baseline reports what the same number of epochs buys, and a larger budget (<c>--epochs</c>) shows more.
/// </remarks>
public static class SupervisedTraining
{
    /// <summary>Trains and tests the network.</summary>
    /// <param name="train">Training clips of one format, (N, C, T, V, M).</param>
    /// <param name="test">Test clips of the same format.</param>
    /// <param name="stream">Input stream, computed from the clips as in pretraining and linear evaluation.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="encoder">The architecture (as the budget scales it for pretraining).</param>
    /// <param name="config">Epochs, batch and optimiser.</param>
    /// <param name="seed">Seed of the initial weights, the shuffles and the dropout masks.</param>
    /// <param name="device">Compute device.</param>
    /// <param name="pretrained">For fine-tuning (semi-supervised protocols): an encoder whose trunk the network starts from
    /// (its formats and architecture replace <paramref name="encoder"/>; it is not changed). Null: random initial weights.</param>
    /// <param name="cancellation">Checked after every epoch: when set, the training state is saved in <paramref name="stateFolder"/>
    /// and <see cref="OperationCanceledException"/> is thrown.</param>
    /// <param name="stateFolder">Where a stopped run keeps its state (network, optimiser, shuffle generator, losses); a state
    /// found there is resumed bit-identically and deleted when training finishes. Null: no saving, cancellation not checked.</param>
    /// <param name="progress">One event per training step.</param>
    /// <exception cref="OperationCanceledException">Stopped by <paramref name="cancellation"/> (the state was saved).</exception>
    public static SupervisedResult Train(ClipTensors train, ClipTensors test, InputStream stream, int classes, EncoderConfig encoder, SupervisedConfig config, ulong seed, Device device,
        StGcnEncoder? pretrained = null, CancellationToken cancellation = default, string? stateFolder = null, IProgress<SupervisedProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(config);
        if (train.Format.Name != test.Format.Name)
        {
            throw new ArgumentException($"test clips are in '{test.Format.Name}', training clips in '{train.Format.Name}'; expected one format", nameof(test));
        }

        var format = train.Format;
        using var network = Network(format, classes, encoder, seed, pretrained);
        network.to(device);
        using var initialTrunk = TrunkVector(network);
        using var optimizer = new ScalarSafeSgd(network.parameters(), config.LearningRate, config.Momentum, weight_decay: config.WeightDecay);
        var shuffle = Seeds.Generator(seed, "supervised-shuffle");
        using var trainLabels = tensor(train.Labels.ToArray()).to(device);
        var losses = new List<double>();
        List<(int Epoch, double Top1)> noPeriodic = [];
        var (done, earlierSeconds) = stateFolder is null ? (0, 0.0) : ProbeState.Load(stateFolder, network, optimizer, shuffle, losses, noPeriodic);
        var training = System.Diagnostics.Stopwatch.StartNew();
        var stepsPerEpoch = (int)((train.Count + config.BatchSize - 1) / config.BatchSize);
        var clock = new System.Diagnostics.Stopwatch();
        for (var epoch = done + 1; epoch <= config.Epochs; epoch++)
        {
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = config.RateAt(epoch);
            }

            network.train();
            using var order = randperm(train.Count, generator: shuffle);
            var (sum, batches) = (0.0, 0);
            for (long start = 0; start < train.Count; start += config.BatchSize)
            {
                clock.Restart();
                using var scope = NewDisposeScope();
                network.Randomness.Reseed(Seeds.Derive(seed, "supervised-dropout", epoch, batches));
                var rows = order.narrow(0, start, Math.Min(config.BatchSize, train.Count - start));
                var input = StreamTransforms.Apply(train.Data.index_select(0, rows).to(device), stream, format);
                var loss = functional.cross_entropy(network.Forward(input, format), trainLabels.index_select(0, rows.to(device)));
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                var value = loss.item<float>();
                sum += value;
                progress?.Report(new SupervisedProgress(epoch, config.Epochs, batches, stepsPerEpoch, value, config.RateAt(epoch), rows.shape[0] / clock.Elapsed.TotalSeconds));
                batches++;
            }

            losses.Add(sum / batches);
            if (stateFolder is not null && cancellation.IsCancellationRequested && epoch < config.Epochs)
            {
                ProbeState.Save(stateFolder, epoch, network, optimizer, shuffle, losses, noPeriodic, earlierSeconds + training.Elapsed.TotalSeconds);
                throw new OperationCanceledException($"training was stopped after epoch {epoch}/{config.Epochs}; its state is in {stateFolder}; run again to resume");
            }
        }

        var trainSeconds = earlierSeconds + training.Elapsed.TotalSeconds;
        if (stateFolder is not null)
        {
            ProbeState.Delete(stateFolder);
        }

        if (config.CalibrateBatchNorm)
        {
            BatchNormCalibration.Run(network, () =>
            {
                for (long start = 0; start < train.Count; start += config.BatchSize)
                {
                    using var scope = NewDisposeScope();
                    var batch = train.Data.narrow(0, start, Math.Min(config.BatchSize, train.Count - start)).to(device);
                    network.Forward(StreamTransforms.Apply(batch, stream, format), format);
                }
            });
        }

        var scores = Score(network, test, stream, config.BatchSize, device);
        using var testLabels = tensor(test.Labels.ToArray()).to(device);
        using var finalTrunk = TrunkVector(network);
        return new SupervisedResult(ClassificationMetrics.From(scores, testLabels), losses, scores, RelativeChange(initialTrunk, finalTrunk), trainSeconds);
    }

    private static double RelativeChange(Tensor from, Tensor to)
    {
        using var scope = NewDisposeScope();
        return (to - from).norm().item<float>() / Math.Max(from.norm().item<float>(), float.Epsilon);
    }

    // Every trainable parameter outside the classifier head, flattened: (P,) on the CPU.
    private static Tensor TrunkVector(StGcnEncoder network)
    {
        using var scope = NewDisposeScope();
        var parts = network.named_parameters().Where(p => !p.name.StartsWith("fc.", StringComparison.Ordinal)).Select(p => p.parameter.detach().cpu().flatten()).ToList();
        return cat(parts, 0).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The network <see cref="Train"/> trains: the encoder with a linear classifier head, randomly initialised from
    /// <paramref name="seed"/>, then, with <paramref name="pretrained"/>, every trunk parameter and buffer copied from it
    /// (its head is a projection and is not copied).
    /// </summary>
    /// <returns>(N, classes) logits from <see cref="StGcnEncoder.Forward"/>.</returns>
    public static StGcnEncoder Network(SkeletonFormat format, int classes, EncoderConfig encoder, ulong seed, StGcnEncoder? pretrained = null)
    {
        var config = pretrained?.Config ?? encoder;
        var network = new StGcnEncoder(pretrained?.Formats ?? new FormatSet(format), config, Heads.Classifier(classes, config.OutputDim));
        WeightInitialisation.Apply(network, Seeds.Generator(seed, "supervised-init"));
        if (pretrained is not null)
        {
            using var scope = NewDisposeScope();
            var trunk = pretrained.state_dict().Where(p => !p.Key.StartsWith("fc.", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value.detach().clone().cpu());
            network.load_state_dict(trunk, strict: false);
        }

        return network;
    }

    private static Tensor Score(StGcnEncoder network, ClipTensors clips, InputStream stream, int batchSize, Device device)
    {
        network.eval();
        var parts = new List<Tensor>();
        using (no_grad())
        {
            for (long start = 0; start < clips.Count; start += batchSize)
            {
                using var scope = NewDisposeScope();
                var input = StreamTransforms.Apply(clips.Data.narrow(0, start, Math.Min(batchSize, clips.Count - start)).to(device), stream, clips.Format);
                parts.Add(network.Forward(input, clips.Format).MoveToOuterDisposeScope());
            }
        }

        var scores = cat(parts, 0);
        parts.ForEach(p => p.Dispose());
        return scores;
    }
}

/// <summary>The outcome of <see cref="SupervisedTraining.Train"/>.</summary>
/// <param name="Final">Test metrics after the last epoch.</param>
/// <param name="TrainLoss">Mean training cross-entropy per epoch.</param>
/// <param name="TestScores">(N_test, classes) logits of the final network, in test order.</param>
/// <param name="EncoderChange">‖θ_end − θ_start‖ / ‖θ_start‖ over the trunk's parameters (everything but the classifier
/// head), dimensionless: how far training moved the encoder from where it started (the pretrained weights when
/// fine-tuning). Above 0 proves the encoder was not frozen.</param>
/// <param name="TrainSeconds">Wall time of the training epochs (s), every session of a stopped and resumed run together;
/// BatchNorm calibration and scoring excluded.</param>
public sealed record SupervisedResult(ClassificationMetrics Final, IReadOnlyList<double> TrainLoss, Tensor TestScores, double EncoderChange, double TrainSeconds);
