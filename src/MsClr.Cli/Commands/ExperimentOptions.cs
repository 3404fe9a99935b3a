using MsClr.Kit.Data.Augmentation;
using System.CommandLine;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Cli.Commands;

/// <summary>The options shared by <c>pretrain</c>, <c>linear-eval</c> and <c>experiment run</c>, and the spec they make.</summary>
internal sealed class ExperimentOptions
{
    private readonly Option<PretrainMethod> _method = new("--method") { Description = "skeletonclr or aimclr", DefaultValueFactory = _ => PretrainMethod.AimClr };
    private readonly Option<string> _benchmark = new("--benchmark") { Description = "synthetic-xsub, synthetic-xview, ntu60-xsub, ntu60-xview, ntu120-xsub, ntu120-xset", DefaultValueFactory = _ => "synthetic-xsub" };
    private readonly Option<InputStream> _stream = new("--stream") { Description = "joint, motion or bone", DefaultValueFactory = _ => InputStream.Joint };
    private readonly Option<string> _formats = new("--formats") { Description = "Training formats, comma-separated (names or JSON paths)", DefaultValueFactory = _ => "ntu-rgb+d,smplx_42" };
    private readonly Option<string?> _evaluation = new("--eval-formats") { Description = "Formats with a linear classifier each (default: the training formats; the first is primary)" };
    private readonly BudgetOptions _budget = new();
    private readonly Option<string?> _baseline = new("--baseline") { Description = "Measure a baseline instead of pretraining: random-init, raw-stats, raw-flat or supervised (same clips, stream, probe, budget and seed)" };
    private readonly Option<ulong> _seed = new("--seed") { Description = "Run seed (the first seed with --seeds)", DefaultValueFactory = _ => 1UL };
    private readonly Option<int> _seeds = new("--seeds") { Description = "Run every experiment for this many seeds (--seed, --seed + 1, ...) and report mean ± 95 % interval", DefaultValueFactory = _ => 1 };
    private readonly Option<string> _augMethod = new("--aug-method")
    {
        Description = "The extreme view's steps as upstream's aug_method digits, an ablation of AimCLR's augmentations: 1 spatial flip, 2 rotation, 3 Gaussian noise, 4 Gaussian blur, 5 axis mask, 6 time flip (after temporal crop and shear)",
        DefaultValueFactory = _ => ViewRecipe.DefaultAugMethod,
    };
    private readonly Option<double> _shear = new("--shear")
    {
        Description = "Shear amplitude of every view (upstream shear_amplitude, paper 0.5): an ablation of the augmentation the query, key and extreme views share",
        DefaultValueFactory = _ => ExperimentSpec.PaperShearAmplitude,
    };
    private readonly Option<bool> _noTemporalCrop = new("--no-temporal-crop") { Description = "Leave the temporal crop out of every view (shear and the extreme steps kept): an ablation of the other augmentation the three views share" };
    private readonly Option<bool> _noAugmentations = new("--no-augmentations") { Description = "Table 4's variant: every view is the clip as stored (query and key differ only by format)" };
    private readonly Option<string> _precision = new("--precision") { Description = "fp32 (default) or bf16: what pretraining's ST-GCN blocks compute in (bf16 is about 1.8x as fast on CPUs with AVX512_BF16 or AMX, with half the activation memory; on other CPUs it is emulated and refused unless MSCLR_FORCE_BF16=1)", DefaultValueFactory = _ => "fp32" };
    private readonly Option<string> _compat = new("--compat") { Description = "paper (default) or official: the official code's behaviour where it departs from the paper", DefaultValueFactory = _ => "paper" };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _method, _benchmark, _stream, _formats, _evaluation, _seed, _seeds, _compat, _noAugmentations, _augMethod, _shear, _noTemporalCrop, _precision, _baseline })
        {
            command.Options.Add(option);
        }

        _budget.AddTo(command);
    }

    /// <summary>The specs the parsed options describe: one per seed of <c>--seeds</c>, from <c>--seed</c> on.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><c>--seeds</c> below 1.</exception>
    public IReadOnlyList<ExperimentSpec> Specs(ParseResult result)
    {
        var first = Spec(result);
        var count = result.GetValue(_seeds);
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException("--seeds", count, "expected at least 1 seed");
        }

        return Enumerable.Range(0, count).Select(i => first with { Seed = first.Seed + (ulong)i }).ToArray();
    }

    /// <summary>The spec the parsed options describe (at <c>--seed</c>).</summary>
    public ExperimentSpec Spec(ParseResult result)
    {
        string[] Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var training = Split(result.GetValue(_formats)!);
        var evaluation = result.GetValue(_evaluation) is { } e ? Split(e) : training;
        foreach (var name in training.Concat(evaluation))
        {
            SkeletonFormats.Resolve(name);
        }

        var augMethod = result.GetValue(_augMethod)!;
        ViewRecipe.ExtremeOf(augMethod);
        var shear = result.GetValue(_shear);
        if (!(shear >= 0 && double.IsFinite(shear)))
        {
            throw new ArgumentException($"--shear {shear}: expected an amplitude ≥ 0 (the paper's 0.5)");
        }

        var temporalCrop = !result.GetValue(_noTemporalCrop);
        if (result.GetValue(_noAugmentations) && (augMethod != ViewRecipe.DefaultAugMethod || shear != ExperimentSpec.PaperShearAmplitude || !temporalCrop))
        {
            throw new ArgumentException($"--aug-method {augMethod} / --shear {shear} / --no-temporal-crop shape the augmentations, and --no-augmentations turns every augmentation off: give one of them");
        }

        return new ExperimentSpec(result.GetValue(_method), Benchmark.Get(result.GetValue(_benchmark)!), result.GetValue(_stream), training, evaluation,
            _budget.Budget(result), result.GetValue(_seed), ReferenceCompat.Parse(result.GetValue(_compat)!), !result.GetValue(_noAugmentations),
            ComputePrecisionExtensions.Parse(result.GetValue(_precision)!),
            result.GetValue(_baseline) is { } baseline ? BaselineKinds.Parse(baseline) : null, augMethod, shear, temporalCrop);
    }
}
