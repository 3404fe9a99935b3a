using System.Globalization;
using System.Text.Json;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.IO;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments;

/// <summary>
/// The kNN protocol on a pretrained experiment: the frozen encoder's features of the training and test clips of every
/// evaluation format (as linear evaluation extracts them), classified by their k nearest training clips (cosine), for
/// k = 1 and k = 20. The result is written to the run folder (<c>knn.json</c>, with its protocol) and recorded in the
/// results store as <c>knn{k}:top1</c> (primary format) and <c>knn{k}:top1:&lt;format&gt;</c>.
/// </summary>
public sealed class KnnEvaluation(string dataRoot, string runsRoot, Device device)
{
    /// <summary>The file in the run folder that holds the protocol and its result.</summary>
    public const string FileName = "knn.json";

    /// <summary>The store metric of the primary format's top-1 at <paramref name="k"/>: <c>knn1:top1</c>.</summary>
    public static string Metric(int k) => $"knn{k.ToString(CultureInfo.InvariantCulture)}:{ResultMetrics.Top1}";

    /// <summary>The protocol in words, as printed at the start and recorded with the result.</summary>
    public static string Describe(ExperimentSpec spec, IReadOnlyList<int> ks)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var budget = spec.Budget;
        return string.Create(CultureInfo.InvariantCulture,
            $"kNN: frozen encoder (eval mode, no augmentation), cosine similarity, k = {string.Join(" and ", ks)}, majority vote; feature batch {budget.BatchSize}, 50 frames, {spec.Stream.ToString().ToLowerInvariant()} stream, formats {string.Join(", ", spec.EvaluationFormats)}, label fraction 100 %");
    }

    /// <summary>Evaluates <paramref name="spec"/>'s pretrained encoder (or reuses its <c>knn.json</c> unless <paramref name="force"/>).</summary>
    /// <returns>Top-1 (fraction) per (k, format), primary format first.</returns>
    /// <exception cref="InvalidOperationException">The experiment is not pretrained yet.</exception>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, double>> Run(ExperimentSpec spec, IReadOnlyList<int>? ks = null, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ks ??= KnnClassifier.DefaultK;
        var runner = new ExperimentRunner(dataRoot, runsRoot, device);
        var path = Path.Combine(runner.RunDirectory(spec), FileName);
        if (File.Exists(path) && !force && Read(path) is { } saved && ks.All(saved.ContainsKey))
        {
            return saved;
        }

        if (!runner.IsPretrained(spec))
        {
            throw new InvalidOperationException($"{spec.Id} is not pretrained yet; run `msclr pretrain` with the same options first");
        }

        var benchmark = spec.Benchmark;
        var formats = spec.ResolveEvaluationFormats();
        var batch = spec.Budget.BatchSize;
        using var model = runner.Pretrain(spec);
        using var train = ExperimentClips.Training(dataRoot, spec, formats);
        using var test = ExperimentClips.Test(dataRoot, spec, formats);
        using var scope = NewDisposeScope();
        var trainLabels = tensor(train.Labels.ToArray()).to(device);
        var testLabels = tensor(test.Labels.ToArray()).to(device);
        var result = ks.ToDictionary(k => k, _ => new Dictionary<string, double>());
        foreach (var format in formats)
        {
            var trainFeatures = FeatureExtraction.Extract(model.Query, train[format], spec.Stream, batch, device);
            var testFeatures = FeatureExtraction.Extract(model.Query, test[format], spec.Stream, batch, device);
            foreach (var k in ks)
            {
                result[k][format.Name] = KnnClassifier.Top1(trainFeatures, trainLabels, testFeatures, testLabels, Math.Min(k, train.Count), benchmark.Classes);
            }
        }

        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(new { protocol = Describe(spec, ks), top1 = result.ToDictionary(p => $"k{p.Key}", p => p.Value) },
            new JsonSerializerOptions { WriteIndented = true }));
        var time = DateTime.UtcNow;
        var commit = GitCommit.Current();
        var rows = result.SelectMany(p => ResultMetrics.PerFormatRows(spec, Metric(p.Key), p.Value, formats[0].Name, commit, time)).ToArray();
        new ResultsStore(runsRoot).Append(rows);
        return result.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, double>)p.Value);
    }

    private static Dictionary<int, IReadOnlyDictionary<string, double>>? Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("top1", out var top1))
        {
            return null;
        }

        return top1.EnumerateObject().ToDictionary(
            p => int.Parse(p.Name.TrimStart('k'), CultureInfo.InvariantCulture),
            p => (IReadOnlyDictionary<string, double>)p.Value.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetDouble()));
    }
}
