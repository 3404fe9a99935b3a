using System.Globalization;
using System.Text.Json;
using MsClr.Kit.Data.Batching;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.IO;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments;

/// <summary>
/// The semi-supervised protocol on a pretrained experiment: a class-balanced, seeded subset of the training labels
/// (<see cref="LabelSubset"/>, e.g. 1 % or 10 %), the pretrained encoder with a new linear head fine-tuned end to end on it
/// (<see cref="SupervisedTraining"/> started from the encoder's trunk, for the budget's linear-probe epochs), tested on
/// every test clip of the primary format. The labelled sample ids and the protocol are saved in the run folder
/// (<c>semi-&lt;percent&gt;.json</c>) and the top-1 is recorded as <c>semi&lt;percent&gt;:top1</c>.
/// </summary>
public sealed class SemiSupervisedEvaluation(string dataRoot, string runsRoot, Device device)
{
    /// <summary>The run folder's file of the protocol at <paramref name="percent"/> % labels.</summary>
    public static string FileName(int percent) => string.Create(CultureInfo.InvariantCulture, $"semi-{percent}.json");

    /// <summary>The store metric: <c>semi1:top1</c>, <c>semi10:top1</c>.</summary>
    public static string Metric(int percent) => string.Create(CultureInfo.InvariantCulture, $"semi{percent}:{ResultMetrics.Top1}");

    /// <summary>The protocol in words, as printed at the start and saved with the result.</summary>
    public static string Describe(ExperimentSpec spec, int percent)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var budget = spec.Budget;
        return string.Create(CultureInfo.InvariantCulture,
            $"semi-supervised: encoder not frozen (fine-tuned end to end with a new linear head), label fraction {percent} % (class-balanced, at least one clip per class, drawn from seed {spec.Seed}), batch up to {budget.BatchSize}, {budget.LinearEpochs} epochs, SGD lr 0.1, 50 frames, {spec.Stream.ToString().ToLowerInvariant()} stream, primary format {spec.EvaluationFormats[0]}");
    }

    /// <summary>Runs the protocol (or reuses its saved result unless <paramref name="force"/>).</summary>
    /// <param name="spec">A pretrained experiment.</param>
    /// <param name="percent">Labelled percentage, 1 to 100.</param>
    /// <param name="force">Run again even when a result exists.</param>
    /// <returns>Top-1 (fraction) on the test clips and the number of labelled clips.</returns>
    /// <exception cref="InvalidOperationException">The experiment is not pretrained yet.</exception>
    public (double Top1, int Labelled) Run(ExperimentSpec spec, int percent, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var runner = new ExperimentRunner(dataRoot, runsRoot, device);
        var path = Path.Combine(runner.RunDirectory(spec), FileName(percent));
        if (File.Exists(path) && !force)
        {
            using var saved = JsonDocument.Parse(File.ReadAllText(path));
            return (saved.RootElement.GetProperty("top1").GetDouble(), saved.RootElement.GetProperty("labelled_sample_ids").GetArrayLength());
        }

        if (!runner.IsPretrained(spec))
        {
            throw new InvalidOperationException($"{spec.Id} is not pretrained yet; run `msclr pretrain` with the same options first");
        }

        var benchmark = spec.Benchmark;
        var budget = spec.Budget;
        var format = spec.ResolveEvaluationFormats()[0];
        using var model = runner.Pretrain(spec);
        using var train = ClipLoader.Load(dataRoot, benchmark.Dataset, [format], benchmark.IsTraining);
        using var test = ClipLoader.Load(dataRoot, benchmark.Dataset, [format], benchmark.IsTest);
        var rows = LabelSubset.ClassBalanced(train.Labels, percent / 100.0, spec.Seed);
        using var labelled = train[format].Select(rows);
        var config = new SupervisedConfig(budget.LinearEpochs, Math.Min(budget.BatchSize, rows.Count), budget.LinearEval().EffectiveMilestones);
        var result = SupervisedTraining.Train(labelled, test[format], spec.Stream, benchmark.Classes, model.Query.Config, config, spec.Seed, device, model.Query);
        result.TestScores.Dispose();

        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(new
        {
            protocol = Describe(spec, percent),
            top1 = result.Final.Top1,
            labelled_fraction = (double)rows.Count / train.Count,
            labelled_sample_ids = labelled.SampleIds,
        }, new JsonSerializerOptions { WriteIndented = true }));
        new ResultsStore(runsRoot).Append([ResultMetrics.Row(spec, Metric(percent), result.Final.Top1, GitCommit.Current(), DateTime.UtcNow)]);
        return (result.Final.Top1, rows.Count);
    }
}
