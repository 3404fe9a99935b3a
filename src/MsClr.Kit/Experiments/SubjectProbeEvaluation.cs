using System.Globalization;
using System.Text.Json;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.IO;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments;

/// <summary>
/// The subject protocol on an experiment's frozen encoder (<see cref="SubjectProbe"/>): the features of the benchmark's
/// training clips, the clips pretraining saw, probed for who performs them rather than what they do. It tests whether
/// pretraining teaches the encoder to identify the performer, which a cross-subject split cannot reward. The features are
/// the pretrained encoder's, or a baseline's: the weights pretraining starts from (random-init) or the raw coordinates
/// (raw-stats, raw-flat: how far the input itself names the subject). The result is written to
/// the run folder (<c>subject.json</c>, with its protocol) and recorded in the results store as <c>subject:top1</c>
/// (primary format) and <c>subject:top1:&lt;format&gt;</c>.
/// </summary>
public sealed class SubjectProbeEvaluation(string dataRoot, string runsRoot, Device device)
{
    /// <summary>The file in the run folder that holds the protocol and its result.</summary>
    public const string FileName = "subject.json";

    /// <summary>The metadata column that names a clip's performer, in the NTU and the synthetic stores alike.</summary>
    public const string SubjectKey = "subject";

    /// <summary>The store metric of the primary format's subject top-1.</summary>
    public const string Metric = "subject:" + ResultMetrics.Top1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The protocol in words, as printed at the start and recorded with the result.</summary>
    public static string Describe(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var config = spec.Budget.LinearEval();
        var encoder = spec.Baseline switch
        {
            null => "frozen pretrained encoder (eval mode, no augmentation)",
            BaselineKind.RandomInit => "the initial weights pretraining starts from (random-init), frozen (eval mode, no augmentation)",
            { } raw => $"{raw.Label()}, no encoder",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"subject probe: {encoder}, the {spec.Benchmark.Name} training clips split per subject into two halves drawn from seed {spec.Seed} (every subject in both, no clip in both); a linear classifier per format ({string.Join(", ", spec.EvaluationFormats)}) trained on the first half to name the subject and tested on the second, on {(config.StandardiseFeatures ? "standardised" : "raw")} features, batch {config.BatchSize}, {config.Epochs} epochs, SGD lr {config.LearningRate} (×{config.Gamma} after epoch {string.Join(", ", config.EffectiveMilestones)}), momentum {config.Momentum}, 50 frames, {spec.Stream.ToString().ToLowerInvariant()} stream; chance is 1 / subjects");
    }

    /// <summary>Probes <paramref name="spec"/>'s encoder (or reuses its <c>subject.json</c> unless <paramref name="force"/>).</summary>
    /// <param name="spec">A pretrained experiment, or a random-init, raw-stats or raw-flat baseline spec.</param>
    /// <param name="force">Probe again even when <c>subject.json</c> exists.</param>
    /// <returns>The result per evaluation format, primary format first.</returns>
    /// <exception cref="InvalidOperationException">The experiment is not pretrained yet, or the supervised baseline (its encoder is not kept).</exception>
    public IReadOnlyDictionary<string, SubjectProbeResult> Run(ExperimentSpec spec, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var runner = new ExperimentRunner(dataRoot, runsRoot, device);
        var path = Path.Combine(runner.RunDirectory(spec), FileName);
        if (File.Exists(path) && !force && Read(path) is { } saved)
        {
            return saved;
        }

        var formats = spec.ResolveEvaluationFormats();
        // Pretraining builds the store, and a baseline's probe may come before any pretraining.
        ExperimentClips.Ensure(dataRoot, spec, spec.ResolveTrainingFormats());

        using var model = spec.Baseline is BaselineKind.RawStatistics or BaselineKind.RawFlattened ? null : ProbedEncoder.Load(spec, runner, device, "the subject probe takes a pretrained experiment or --baseline random-init, raw-stats or raw-flat");
        using var train = ExperimentClips.Training(dataRoot, spec, formats);
        var subjects = train.Metadata.Select((m, row) => m.TryGetValue(SubjectKey, out var subject)
            ? subject
            : throw new InvalidDataException($"training clip {train[formats[0]].SampleIds[row]} has no '{SubjectKey}' metadata (has: {string.Join(", ", m.Keys)})")).ToArray();
        var result = new Dictionary<string, SubjectProbeResult>();
        foreach (var format in formats)
        {
            using var scope = NewDisposeScope();
            var features = model is null
                ? BaselineRunner.RawFeatures(spec.Baseline!.Value, train[format], spec.Stream, device)
                : FeatureExtraction.Extract(model.Query, train[format], spec.Stream, spec.Budget.BatchSize, device);
            result[format.Name] = SubjectProbe.Run(features, subjects, spec.Budget.LinearEval(), spec.Seed);
        }

        RunFolder.For(runsRoot, spec).WriteWithSpec(spec, FileName, JsonSerializer.Serialize(new Saved(Describe(spec), result), Json));
        var (commit, time) = (GitCommit.Current(), DateTime.UtcNow);
        var top1 = result.ToDictionary(p => p.Key, p => p.Value.Top1);
        new ResultsStore(runsRoot).Append(ResultMetrics.PerFormatRows(spec, Metric, top1, formats[0].Name, commit, time).ToArray());
        return result;
    }

    private static Dictionary<string, SubjectProbeResult>? Read(string path) =>
        JsonSerializer.Deserialize<Saved>(File.ReadAllText(path), Json)?.Formats is { Count: > 0 } formats ? new(formats) : null;

    private sealed record Saved(string Protocol, IReadOnlyDictionary<string, SubjectProbeResult> Formats);
}
