using System.Text.Json;
using MsClr.Kit.Data;
using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.IO;

namespace MsClr.Kit.Experiments;

/// <summary>
/// One experiment: pretrain <paramref name="Method"/> on <paramref name="TrainingFormats"/> of a benchmark's training
/// clips, then linear-evaluate on <paramref name="EvaluationFormats"/>. Its <see cref="Id"/> is a pure function of the
/// fields, so the same spec always lands in the same run folder.
/// </summary>
/// <param name="Method">SkeletonCLR or AimCLR (the MS- variant is the same method with several training formats).</param>
/// <param name="Benchmark">The benchmark (<see cref="Data.Benchmark.All"/>); its name is what the JSON holds.</param>
/// <param name="Stream">Input stream.</param>
/// <param name="TrainingFormats">Pretraining formats (built-in names or format JSON paths).</param>
/// <param name="EvaluationFormats">Formats with a linear classifier each; the first is the primary one.</param>
/// <param name="Budget">The budget: a named one (<see cref="Experiments.Budget.Smoke"/>, <c>Quick</c>, <c>Paper</c>) or one made from it
/// (e.g. <c>Budget.Quick with { Epochs = 20 }</c>, or the CLI's <c>--epochs</c>), whose changed values then show in the id.</param>
/// <param name="Seed">Run seed.</param>
/// <param name="Compat"><see cref="ReferenceCompat.Paper"/> (null means it) or <see cref="ReferenceCompat.Official"/>.</param>
/// <param name="Augmentations">false for Table 4's variant without augmentations: every view is the clip as stored, so
/// query and key differ only by format.</param>
/// <param name="Precision">What pretraining's ST-GCN blocks compute in: fp32 (the reference) or bf16 (the fast path, see <see cref="ComputePrecision"/>).</param>
/// <param name="Baseline">A baseline measured instead of pretraining <paramref name="Method"/> (<see cref="BaselineKind"/>): same
/// clips, stream, probe, budget and seed; null for a pretraining experiment.</param>
/// <param name="AugMethod">The extreme view's steps as upstream's <c>aug_method</c> digits (<see cref="ViewRecipe.ExtremeOf"/>;
/// default <c>12345</c>, the paper's): an ablation of AimCLR's extreme augmentations.</param>
/// <param name="ShearAmplitude">Half-width of every view's shear coefficients (<see cref="ShearStep.Amplitude"/>; the paper's
/// 0.5 by default): an ablation of the augmentation all three views share.</param>
/// <param name="TemporalCrop">false leaves the temporal crop (<see cref="TemporalCropStep"/>) out of every view, its
/// shear and extreme steps kept: an ablation of the other augmentation all three views share.</param>
public sealed record ExperimentSpec(
    PretrainMethod Method,
    Benchmark Benchmark,
    InputStream Stream,
    IReadOnlyList<string> TrainingFormats,
    IReadOnlyList<string> EvaluationFormats,
    Budget Budget,
    ulong Seed = 1,
    ReferenceCompat? Compat = null,
    bool Augmentations = true,
    ComputePrecision Precision = ComputePrecision.Float32,
    BaselineKind? Baseline = null,
    string AugMethod = ViewRecipe.DefaultAugMethod,
    double ShearAmplitude = ExperimentSpec.PaperShearAmplitude,
    bool TemporalCrop = true)
{
    /// <summary>Upstream's <c>shear_amplitude</c>, the default of <see cref="ShearAmplitude"/>.</summary>
    public const double PaperShearAmplitude = 0.5;

    /// <summary>A readable, deterministic id: method, benchmark, stream, formats, budget, seed and a short hash of the whole spec.</summary>
    public string Id
    {
        get
        {
            var formats = string.Join("+", TrainingFormats.Select(Short));
            var hash = ContentHash.ShortHex(Canonical(), 8);
            var variant = (Augmentations ? "" : "-noaug") + (AugMethod == ViewRecipe.DefaultAugMethod ? "" : $"-aug{AugMethod}")
                + (ShearAmplitude == PaperShearAmplitude ? "" : $"-shear{ShearAmplitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}")
                + (TemporalCrop ? "" : "-nocrop")
                + (Precision == ComputePrecision.Float32 ? "" : $"-{Precision.ShortName()}");
            var budget = Budget.Tag is { Length: > 0 } tag ? $"{Budget.Name}-{tag}" : Budget.Name;
            var method = Baseline is { } baseline ? $"baseline-{baseline.ShortName()}" : Method.ToString().ToLowerInvariant();
            return $"{method}-{Benchmark.Name}-{Stream.ToString().ToLowerInvariant()}-{formats}{variant}-{budget}-s{Seed}-{hash}";
        }
    }

    /// <summary>The compat switches (<see cref="Compat"/>, or the paper's when null).</summary>
    public ReferenceCompat CompatSwitches => Compat ?? ReferenceCompat.Paper;

    /// <summary>What the results store's method column shows: the method, or <c>baseline:&lt;kind&gt;</c>.</summary>
    public string MethodLabel => Baseline is { } baseline ? $"baseline:{baseline.ShortName()}" : Method.ToString();

    /// <summary>The spec as canonical JSON (what the id hashes and what run folders store); <see cref="Augmentations"/> appears
    /// and <see cref="TemporalCrop"/> only when false, <see cref="Precision"/> only when not fp32, <see cref="AugMethod"/> and <see cref="ShearAmplitude"/>
    /// only when not the paper's, and
    /// <see cref="Baseline"/> only when set, so older ids do
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

        if (ShearAmplitude != PaperShearAmplitude)
        {
            json = json.TrimEnd('}') + $",\"shear\":{ShearAmplitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}}}";
        }

        if (AugMethod != ViewRecipe.DefaultAugMethod)
        {
            json = json.TrimEnd('}') + $",\"aug_method\":\"{AugMethod}\"}}";
        }

        if (!TemporalCrop)
        {
            json = json.TrimEnd('}') + ",\"temporal_crop\":false}";
        }

        return Baseline is { } baseline ? json.TrimEnd('}') + $",\"baseline\":\"{baseline.ShortName()}\"}}" : json;
    }

    private string CanonicalJson() => JsonSerializer.Serialize(new
    {
        method = Method.ToString(),
        benchmark = Benchmark.Name,
        stream = Stream.ToString(),
        training = TrainingFormats,
        evaluation = EvaluationFormats,
        budget = Budget.Name,
        // The budget's values, not only its name: when a budget is resized (as quick was) or overridden (--epochs ...),
        // its runs get other ids and are never reused as if they had been made with other settings.
        budget_settings = Budget,
        seed = Seed,
        compat = CompatName,
        // Results measured with the absolute-epsilon probe (std + 1e-6) are not reused under the scale-invariant one.
        probe_standardisation = MsClr.Kit.Evaluation.FeatureStandardisation.Method,
    });

    /// <summary>The compat's name as the JSON holds it: <c>paper</c> or <c>official</c>.</summary>
    /// <exception cref="InvalidOperationException">A mix of switches that is neither (it would have no id of its own).</exception>
    public string CompatName => CompatSwitches.Name is var name && name != "custom"
        ? name
        : throw new InvalidOperationException($"spec compat {CompatSwitches}: expected ReferenceCompat.Paper or ReferenceCompat.Official (other mixes have no name to store)");

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
