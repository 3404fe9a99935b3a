using System.Globalization;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.IO;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments;

/// <summary>
/// The protocols that fine-tune a pretrained experiment end to end (AimCLR, CMD and UmURL report them): the pretrained
/// query encoder's trunk with a fresh linear classifier, every parameter trained (nothing frozen) by
/// <see cref="SupervisedTraining"/>, the supervised baseline's trainer, on a class-balanced seeded subset of the training
/// labels (<see cref="LabelSubset"/>), then tested on every test clip of the primary format.
/// <c>semi-1</c> and <c>semi-10</c> label 1 % and 10 % of the clips; <c>finetune</c> is the same code path with every label
/// (fraction 1, where <see cref="LabelSubset.ClassBalanced"/> returns every clip). All share one schedule
/// (<see cref="Config"/>). The protocol, the labelled sample ids and the result are saved in the run
/// folder (<see cref="FileName"/>) and the top-1 is recorded in the results store (<see cref="Metric"/>).
/// </summary>
public sealed class FineTuningEvaluation(string dataRoot, string runsRoot, Device device)
{
    /// <summary>The run folder's file of <paramref name="protocol"/>: <c>semi-1.json</c>, <c>semi-10.json</c>, <c>finetune.json</c>.</summary>
    public static string FileName(EvaluationProtocol protocol) => $"{FineTuning(protocol).Name()}.json";

    /// <summary>The run folder's folder where a stopped <paramref name="protocol"/> keeps its training state: <c>finetune-state</c>, …</summary>
    public static string StateFolderName(EvaluationProtocol protocol) => $"{FineTuning(protocol).Name()}-state";

    /// <summary>The store metric of <paramref name="protocol"/>: <c>semi1:top1</c>, <c>semi10:top1</c>, <c>finetune:top1</c>.</summary>
    public static string Metric(EvaluationProtocol protocol) => $"{FineTuning(protocol).Name().Replace("-", "", StringComparison.Ordinal)}:{ResultMetrics.Top1}";

    /// <summary>
    /// The optimiser and schedule of <paramref name="protocol"/> on <paramref name="labelled"/> clips, the same rule for every
    /// fine-tuning protocol: SGD lr 0.1 (÷10 at 80 % of the epochs), the budget's batch size (at most the labelled clips), and
    /// min(linear-probe epochs, pretraining epochs ÷ label fraction) epochs. At the paper budget that is the field's 100
    /// epochs for semi-1, semi-10 and finetune alike; at the CPU budgets the cap keeps a protocol from passing over more
    /// clips than pretraining did (a fine-tuning step costs about what a pretraining step does), so finetune gets the
    /// pretraining epochs (quick 3, as the supervised baseline) while semi-1 and semi-10 keep the linear-probe epochs.
    /// </summary>
    public static SupervisedConfig Config(ExperimentSpec spec, EvaluationProtocol protocol, int labelled)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var budget = spec.Budget;
        var percent = FineTuning(protocol).LabelPercent()!.Value;
        var epochs = Math.Min(budget.LinearEpochs, Math.Max(1, (int)Math.Ceiling(budget.Epochs * 100.0 / percent)));
        // The linear schedule's drop point (epoch 80 of 100), scaled as Budget scales it.
        var milestone = Math.Max(1, (int)Math.Round(80.0 * epochs / 100));
        return new SupervisedConfig(epochs, Math.Max(1, Math.Min(budget.BatchSize, labelled)), [milestone]);
    }

    /// <summary>The protocol in words, as printed at the start and saved with the result.</summary>
    public static string Describe(ExperimentSpec spec, EvaluationProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var percent = FineTuning(protocol).LabelPercent();
        var config = Config(spec, protocol, int.MaxValue);
        var (name, fraction) = protocol == EvaluationProtocol.FineTune
            ? ("full fine-tuning", "label fraction 100 % (every training clip)")
            : ("semi-supervised", $"label fraction {percent} % (class-balanced, at least one clip per class, drawn from seed {spec.Seed})");
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: encoder not frozen (the pretrained query encoder and a new linear classifier, every parameter trained end to end), {fraction}, batch up to {config.BatchSize}, {config.Schedule}, 50 frames, {spec.Stream.ToString().ToLowerInvariant()} stream, primary format {spec.EvaluationFormats[0]}");
    }

    /// <summary>Runs <paramref name="protocol"/> on <paramref name="spec"/> (or reuses its saved result unless <paramref name="force"/>).</summary>
    /// <param name="spec">A pretrained experiment.</param>
    /// <param name="protocol"><see cref="EvaluationProtocol.Semi1"/>, <see cref="EvaluationProtocol.Semi10"/> or <see cref="EvaluationProtocol.FineTune"/>.</param>
    /// <param name="force">Run again even when a result exists.</param>
    /// <param name="cancellation">Stops training after the current epoch, its state saved in the run folder's
    /// <c>&lt;protocol&gt;-state/</c> (<see cref="StateFolderName"/>); a later call resumes it bit-identically.</param>
    /// <param name="progress">The training, one event per step.</param>
    /// <exception cref="ArgumentException">A protocol that does not fine-tune.</exception>
    /// <exception cref="InvalidOperationException">The experiment is not pretrained yet.</exception>
    /// <exception cref="OperationCanceledException">Stopped by <paramref name="cancellation"/> (the state was saved).</exception>
    public FineTuningResult Run(ExperimentSpec spec, EvaluationProtocol protocol, bool force = false, CancellationToken cancellation = default, IProgress<SupervisedProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var percent = FineTuning(protocol).LabelPercent()!.Value;
        var runner = new ExperimentRunner(dataRoot, runsRoot, device);
        var folder = runner.RunDirectory(spec);
        var path = Path.Combine(folder, FileName(protocol));
        if (File.Exists(path) && !force)
        {
            return FineTuningResult.Read(path);
        }

        if (!runner.IsPretrained(spec))
        {
            throw new InvalidOperationException($"{spec.Id} is not pretrained yet; run `msclr pretrain` with the same options first");
        }

        var benchmark = spec.Benchmark;
        var format = spec.ResolveEvaluationFormats()[0];
        using var model = runner.Pretrain(spec);
        using var train = ExperimentClips.Training(dataRoot, spec, [format]);
        using var test = ExperimentClips.Test(dataRoot, spec, [format]);
        var rows = LabelSubset.ClassBalanced(train.Labels, percent / 100.0, spec.Seed);
        using var labelled = train[format].Select(rows);
        var trained = SupervisedTraining.Train(labelled, test[format], spec.Stream, benchmark.Classes, model.Query.Config, Config(spec, protocol, rows.Count), spec.Seed, device, model.Query,
            cancellation, Path.Combine(folder, StateFolderName(protocol)), progress);
        trained.TestScores.Dispose();

        var result = new FineTuningResult(Describe(spec, protocol), trained.Final.Top1, labelled.SampleIds, (double)rows.Count / train.Count, trained.EncoderChange, trained.TrainLoss);
        result.Write(path);
        new ResultsStore(runsRoot).Append([ResultMetrics.Row(spec, Metric(protocol), result.Top1, GitCommit.Current(), DateTime.UtcNow)]);
        return result;
    }

    private static EvaluationProtocol FineTuning(EvaluationProtocol protocol) => protocol.LabelPercent() is not null
        ? protocol
        : throw new ArgumentException($"protocol '{protocol.Name()}' does not fine-tune; expected semi-1, semi-10 or finetune", nameof(protocol));
}
