namespace MsClr.Kit.Experiments.Results;

/// <summary>The metric names of the results store and how an <see cref="ExperimentResult"/> becomes rows.</summary>
public static class ResultMetrics
{
    /// <summary>Final top-1 of the primary format's classifier.</summary>
    public const string Top1 = "top1";

    /// <summary>Final top-5 of the primary format's classifier.</summary>
    public const string Top5 = "top5";

    /// <summary>Best top-1 over the periodic test evaluations.</summary>
    public const string BestPeriodicTop1 = "best_periodic_top1";

    /// <summary>Top-1 of the per-format ensemble (only with several evaluation formats).</summary>
    public const string EnsembleTop1 = "ensemble_top1";

    /// <summary>Wall-clock seconds of pretraining.</summary>
    public const string PretrainSeconds = "pretrain_seconds";

    /// <summary>Wall-clock seconds of the linear evaluation.</summary>
    public const string EvaluationSeconds = "evaluation_seconds";

    /// <summary>Mean cosine between the keys of the last pretraining epoch (<see cref="ExperimentResult.KeyCosine"/>).</summary>
    public const string KeyCosine = "key_cosine";

    /// <summary>LibTorch threads the run computed with (<see cref="ExperimentResult.Threads"/>).</summary>
    public const string Threads = "threads";

    /// <summary>The metric name of one evaluation format's final top-1: <c>top1:&lt;format&gt;</c>.</summary>
    public static string FormatTop1(string format) => $"{Top1}:{format}";

    /// <summary>One store row of <paramref name="metric"/> on <paramref name="spec"/>, with the spec's fields as every other row.</summary>
    public static ResultRow Row(ExperimentSpec spec, string metric, double value, string commit, DateTime time)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new ResultRow(spec.Id, metric, value, unchecked((long)spec.Seed), commit, time.ToUniversalTime(), spec.MethodLabel, spec.Benchmark.Name, spec.Stream.ToString(),
            string.Join('+', spec.TrainingFormats), string.Join('+', spec.EvaluationFormats), spec.Budget.Name, spec.CompatName);
    }

    /// <summary>
    /// The rows of one protocol's value per evaluation format: <paramref name="metric"/> for <paramref name="primaryFormat"/>,
    /// then <c>&lt;metric&gt;:&lt;format&gt;</c> for every format in <paramref name="byFormat"/>'s order (e.g. <c>subject:top1</c>,
    /// <c>subject:top1:ntu-rgb+d</c>).
    /// </summary>
    /// <exception cref="KeyNotFoundException"><paramref name="byFormat"/> has no value for the primary format.</exception>
    public static IEnumerable<ResultRow> PerFormatRows(ExperimentSpec spec, string metric, IReadOnlyDictionary<string, double> byFormat, string primaryFormat, string commit, DateTime time)
    {
        ArgumentNullException.ThrowIfNull(byFormat);
        return byFormat.Select(p => (Metric: $"{metric}:{p.Key}", p.Value)).Prepend((Metric: metric, Value: byFormat[primaryFormat]))
            .Select(m => Row(spec, m.Metric, m.Value, commit, time));
    }

    /// <summary>
    /// The rows of one result: top1, top5, best_periodic_top1, ensemble_top1 (when present), <c>top1:&lt;format&gt;</c> per
    /// evaluation format (in the order the result lists them), pretrain_seconds, evaluation_seconds, and key_cosine and
    /// threads (when recorded).
    /// </summary>
    /// <exception cref="ArgumentException">The result belongs to another spec.</exception>
    public static IReadOnlyList<ResultRow> Rows(ExperimentSpec spec, ExperimentResult result, string commit, DateTime time)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(result);
        if (result.SpecId != spec.Id)
        {
            throw new ArgumentException($"result.SpecId: expected the spec's id '{spec.Id}', got '{result.SpecId}'", nameof(result));
        }

        var values = new List<(string Metric, double Value)>
        {
            (Top1, result.Top1),
            (Top5, result.Top5),
            (BestPeriodicTop1, result.BestPeriodicTop1),
        };
        if (result.EnsembleTop1 is { } ensemble)
        {
            values.Add((EnsembleTop1, ensemble));
        }

        values.AddRange(result.PerFormatTop1.Select(p => (FormatTop1(p.Key), p.Value)));
        values.Add((PretrainSeconds, result.PretrainSeconds));
        values.Add((EvaluationSeconds, result.EvaluationSeconds));
        if (result.KeyCosine is { } keyCosine)
        {
            values.Add((KeyCosine, keyCosine));
        }

        if (result.Threads is { } threads)
        {
            values.Add((Threads, threads));
        }

        return values.Select(v => Row(spec, v.Metric, v.Value, commit, time)).ToArray();
    }
}
