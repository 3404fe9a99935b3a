using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Experiments;

/// <summary>
/// One experiment: pretrain <paramref name="Method"/> on <paramref name="TrainingFormats"/> of a benchmark's training
/// clips, then linear-evaluate on <paramref name="EvaluationFormats"/>. Its <see cref="Id"/> is a pure function of the
/// fields, so the same spec always lands in the same run folder.
/// </summary>
/// <param name="Method">SkeletonCLR or AimCLR (the MS- variant is the same method with several training formats).</param>
/// <param name="Benchmark">Benchmark name (<see cref="BenchmarkCatalog"/>).</param>
/// <param name="Stream">Input stream.</param>
/// <param name="TrainingFormats">Pretraining formats (built-in names or format JSON paths).</param>
/// <param name="EvaluationFormats">Formats with a linear classifier each; the first is the primary one.</param>
/// <param name="Budget">smoke, quick or paper: the name of the budget (or of the budget <paramref name="BudgetSettings"/> was made from).</param>
/// <param name="Seed">Run seed.</param>
/// <param name="Compat">paper (default) or official (<see cref="ReferenceCompat"/>).</param>
/// <param name="Augmentations">false for Table 4's variant without augmentations: every view is the clip as stored, so
/// query and key differ only by format.</param>
/// <param name="Precision">What pretraining's ST-GCN blocks compute in: fp32 (the reference) or bf16 (the fast path, see <see cref="ComputePrecision"/>).</param>
/// <param name="BudgetSettings">The budget's values when they differ from the named budget (e.g. <c>Budget.Quick with { Epochs = 20 }</c>,
/// or the CLI's <c>--epochs</c>); null for the named budget itself. Read it through <see cref="ResolveBudget"/>.</param>
/// <param name="Baseline">A baseline measured instead of pretraining <paramref name="Method"/> (<see cref="BaselineKind"/>): same
/// clips, stream, probe, budget and seed; null for a pretraining experiment.</param>
public sealed record ExperimentSpec(
    PretrainMethod Method,
    string Benchmark,
    InputStream Stream,
    IReadOnlyList<string> TrainingFormats,
    IReadOnlyList<string> EvaluationFormats,
    string Budget,
    ulong Seed = 1,
    string Compat = "paper",
    bool Augmentations = true,
    ComputePrecision Precision = ComputePrecision.Float32,
    Budget? BudgetSettings = null,
    BaselineKind? Baseline = null)
{
    /// <summary>A readable, deterministic id: method, benchmark, stream, formats, budget, seed and a short hash of the whole spec.</summary>
    public string Id
    {
        get
        {
            var formats = string.Join("+", TrainingFormats.Select(Short));
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical())))[..8].ToLowerInvariant();
            var variant = (Augmentations ? "" : "-noaug") + (Precision == ComputePrecision.Float32 ? "" : $"-{Precision.ShortName()}");
            var budget = BudgetSettings is { Tag: { Length: > 0 } tag } ? $"{Budget}-{tag}" : Budget;
            var method = Baseline is { } baseline ? $"baseline-{baseline.ShortName()}" : Method.ToString().ToLowerInvariant();
            return $"{method}-{Benchmark}-{Stream.ToString().ToLowerInvariant()}-{formats}{variant}-{budget}-s{Seed}-{hash}";
        }
    }

    /// <summary>The budget this experiment runs at: <see cref="BudgetSettings"/>, or the named budget <see cref="Budget"/>.</summary>
    /// <exception cref="KeyNotFoundException">No settings and an unknown budget name.</exception>
    public Budget ResolveBudget() => BudgetSettings ?? Experiments.Budget.Get(Budget);

    /// <summary>What the results store's method column shows: the method, or <c>baseline:&lt;kind&gt;</c>.</summary>
    public string MethodLabel => Baseline is { } baseline ? $"baseline:{baseline.ShortName()}" : Method.ToString();

    /// <summary>The compat switches named by <see cref="Compat"/>.</summary>
    public ReferenceCompat CompatSwitches => Compat.ToLowerInvariant() switch
    {
        "paper" => ReferenceCompat.Paper,
        "official" => ReferenceCompat.Official,
        _ => throw new ArgumentException($"compat '{Compat}': expected 'paper' or 'official'"),
    };

    /// <summary>The spec as canonical JSON (what the id hashes and what run folders store); <see cref="Augmentations"/> appears
    /// only when false, <see cref="Precision"/> only when not fp32 and <see cref="Baseline"/> only when set, so older ids do
    /// not depend on the fields' existence.</summary>
    public string Canonical()
    {
        var json = CanonicalJson();
        if (!Augmentations)
        {
            json = json.TrimEnd('}') + ",\"augmentations\":false}";
        }

        if (Precision != ComputePrecision.Float32)
        {
            json = json.TrimEnd('}') + $",\"precision\":\"{Precision.ShortName()}\"}}";
        }

        return Baseline is { } baseline ? json.TrimEnd('}') + $",\"baseline\":\"{baseline.ShortName()}\"}}" : json;
    }

    private string CanonicalJson() => JsonSerializer.Serialize(new
    {
        method = Method.ToString(),
        benchmark = Benchmark,
        stream = Stream.ToString(),
        training = TrainingFormats,
        evaluation = EvaluationFormats,
        budget = Budget,
        // The budget's values, not only its name: when a budget is resized (as quick was) or overridden (--epochs ...),
        // its runs get other ids and are never reused as if they had been made with other settings.
        budget_settings = BudgetSettings ?? Experiments.Budget.All.FirstOrDefault(b => string.Equals(b.Name, Budget, StringComparison.OrdinalIgnoreCase)),
        seed = Seed,
        compat = Compat,
        // Results measured with the absolute-epsilon probe (std + 1e-6) are not reused under the scale-invariant one.
        probe_standardisation = MsClr.Kit.Evaluation.FeatureStandardisation.Method,
    });

    /// <summary>Resolves the training formats.</summary>
    public IReadOnlyList<SkeletonFormat> ResolveTrainingFormats() => TrainingFormats.Select(SkeletonFormats.Resolve).ToArray();

    /// <summary>Resolves the evaluation formats.</summary>
    public IReadOnlyList<SkeletonFormat> ResolveEvaluationFormats() => EvaluationFormats.Select(SkeletonFormats.Resolve).ToArray();

    private static string Short(string format) => Path.GetFileNameWithoutExtension(format) switch
    {
        "ntu-rgb+d" => "ntu",
        "smpl_24" => "smpl",
        "smplx_42" => "smplx",
        "berkeley_mhad_43" => "bmhad",
        var other => other,
    };
}
