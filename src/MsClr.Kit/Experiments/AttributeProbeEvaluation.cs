using System.Globalization;
using System.Text.Json;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.IO;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments;

/// <summary>
/// The subject and view protocols on an experiment's frozen encoder (<see cref="AttributeProbe"/>): the features of the
/// benchmark's training clips, the clips pretraining saw, probed for who performs them or which camera sees them rather
/// than what they do. They test whether pretraining teaches the encoder a nuisance that instance discrimination can use to
/// tell clips apart and that a cross-subject split cannot reward. The features are the pretrained encoder's, or a
/// baseline's: the weights pretraining starts from (random-init) or the raw coordinates (raw-stats, raw-flat: how far the
/// input itself names the attribute). The result is written to the run folder (<c>subject.json</c> or <c>view.json</c>,
/// with its protocol) and recorded in the results store as <c>subject:top1</c> or <c>view:top1</c> (primary format) and
/// <c>…:top1:&lt;format&gt;</c>.
/// </summary>
public sealed class AttributeProbeEvaluation(string dataRoot, string runsRoot, Device device)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The protocol in words, as printed at the start and recorded with the result.</summary>
    public static string Describe(ExperimentSpec spec, ProbedAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var config = spec.Budget.LinearEval();
        var encoder = spec.Baseline switch
        {
            null => "frozen pretrained encoder (eval mode, no augmentation)",
            BaselineKind.RandomInit => "the initial weights pretraining starts from (random-init), frozen (eval mode, no augmentation)",
            { } raw => $"{raw.Label()}, no encoder",
        };
        var name = attribute.Name();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name} probe: {encoder}, the {spec.Benchmark.Name} training clips split per {name} ('{attribute.MetadataKey(spec.Benchmark)}' metadata) into two halves drawn from seed {spec.Seed} (every {name} in both, no clip in both); a linear classifier per format ({string.Join(", ", spec.EvaluationFormats)}) trained on the first half to name the {name} and tested on the second, on {(config.StandardiseFeatures ? "standardised" : "raw")} features, batch {config.BatchSize}, {config.Epochs} epochs, SGD lr {config.LearningRate} (×{config.Gamma} after epoch {string.Join(", ", config.EffectiveMilestones)}), momentum {config.Momentum}, 50 frames, {spec.Stream.ToString().ToLowerInvariant()} stream; chance is 1 / {name}s");
    }

    /// <summary>Probes <paramref name="spec"/>'s encoder for <paramref name="attribute"/> (or reuses its saved result unless <paramref name="force"/>).</summary>
    /// <param name="spec">A pretrained experiment, or a random-init, raw-stats or raw-flat baseline spec.</param>
    /// <param name="attribute">What the probe names: the subject or the camera view.</param>
    /// <param name="force">Probe again even when the attribute's file (<c>subject.json</c>, <c>view.json</c>) exists.</param>
    /// <returns>The result per evaluation format, primary format first.</returns>
    /// <exception cref="InvalidOperationException">The experiment is not pretrained yet, or the supervised baseline (its encoder is not kept).</exception>
    public IReadOnlyDictionary<string, AttributeProbeResult> Run(ExperimentSpec spec, ProbedAttribute attribute, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var runner = new ExperimentRunner(dataRoot, runsRoot, device);
        var path = Path.Combine(runner.RunDirectory(spec), attribute.FileName());
        if (File.Exists(path) && !force && Read(path) is { } saved)
        {
            return saved;
        }

        var formats = spec.ResolveEvaluationFormats();
        // Pretraining builds the store, and a baseline's probe may come before any pretraining.
        ExperimentClips.Ensure(dataRoot, spec, spec.ResolveTrainingFormats());

        using var model = spec.Baseline is BaselineKind.RawStatistics or BaselineKind.RawFlattened ? null : ProbedEncoder.Load(spec, runner, device, $"the {attribute.Name()} probe takes a pretrained experiment or --baseline random-init, raw-stats or raw-flat");
        using var train = ExperimentClips.Training(dataRoot, spec, formats);
        var key = attribute.MetadataKey(spec.Benchmark);
        var values = train.Metadata.Select((m, row) => m.TryGetValue(key, out var value)
            ? value
            : throw new InvalidDataException($"training clip {train[formats[0]].SampleIds[row]} has no '{key}' metadata (has: {string.Join(", ", m.Keys)})")).ToArray();
        var result = new Dictionary<string, AttributeProbeResult>();
        foreach (var format in formats)
        {
            using var scope = NewDisposeScope();
            var features = model is null
                ? BaselineRunner.RawFeatures(spec.Baseline!.Value, train[format], spec.Stream, device)
                : FeatureExtraction.Extract(model.Query, train[format], spec.Stream, spec.Budget.BatchSize, device);
            result[format.Name] = AttributeProbe.Run(features, values, attribute.Name(), spec.Budget.LinearEval(), spec.Seed);
        }

        RunFolder.For(runsRoot, spec).WriteWithSpec(spec, attribute.FileName(), JsonSerializer.Serialize(new Saved(Describe(spec, attribute), result), Json));
        var (commit, time) = (GitCommit.Current(), DateTime.UtcNow);
        var top1 = result.ToDictionary(p => p.Key, p => p.Value.Top1);
        new ResultsStore(runsRoot).Append(ResultMetrics.PerFormatRows(spec, attribute.Metric(), top1, formats[0].Name, commit, time).ToArray());
        return result;
    }

    // A subject.json written before the probe was generalised names its class count "subjects"; it reads as 0 classes
    // here and is probed again (the same halves and seed, so the same top-1).
    private static Dictionary<string, AttributeProbeResult>? Read(string path) =>
        JsonSerializer.Deserialize<Saved>(File.ReadAllText(path), Json)?.Formats is { Count: > 0 } formats && formats.Values.All(r => r.Classes > 0) ? new(formats) : null;

    private sealed record Saved(string Protocol, IReadOnlyDictionary<string, AttributeProbeResult> Formats);
}
