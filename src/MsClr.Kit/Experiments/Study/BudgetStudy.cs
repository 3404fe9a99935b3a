using System.Globalization;
using System.Text;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Evaluation;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Statistics;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

using MsClr.Kit.Models;

namespace MsClr.Kit.Experiments.Study;

/// <summary>
/// The budget study: one factor at a time around a base experiment (AimCLR, joint stream, Kinect v2, synthetic
/// cross-subject, at a CPU budget), each arm for several seeds and read as a paired difference against the base, with
/// the kit's baselines beside it. It asks why the paper's directions do or do not show at CPU scale: epochs, width,
/// batch and queue, augmentations, the number of training formats at equal epochs and at about equal steps (Figure 4),
/// the BatchNorm statistics of padded multi-format batches (<c>--compat official</c>), the contrastive objective's scale
/// (key momentum, queue, temperature, learning rate) and the amount of data, with the baselines at that amount.
/// <c>msclr study run</c> runs it, <c>msclr study show --update docs/study.md</c> writes its table from the results store.
/// </summary>
public static class BudgetStudy
{
    /// <summary>The name of the generated block in docs/study.md.</summary>
    public const string BlockName = "study";

    /// <summary>One arm of the study.</summary>
    /// <param name="Factor">What the arm changes, e.g. <c>pretraining epochs</c>; <c>base</c> for the base itself.</param>
    /// <param name="Level">The changed value in words, e.g. <c>9 (×3)</c>.</param>
    /// <param name="Spec">The experiment at one seed.</param>
    public sealed record Arm(string Factor, string Level, ExperimentSpec Spec);

    /// <summary>The arms at <paramref name="budget"/> and <paramref name="seed"/>: the base first, then one change each.</summary>
    public static IReadOnlyList<Arm> Arms(Budget budget, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(budget);
        string[] kinect = [SkeletonFormats.NtuRgbD.Name];
        string[] four = [SkeletonFormats.NtuRgbD.Name, SkeletonFormats.SmplX42.Name, SkeletonFormats.BerkeleyMhad43.Name, SkeletonFormats.Smpl24.Name];
        var benchmark = Benchmark.Ntu60CrossSubject.MeasuredOn(useSynthetic: true);
        ExperimentSpec Spec(Budget b, string[] training, PretrainMethod method = PretrainMethod.AimClr, ReferenceCompat? compat = null, bool augmentations = true) =>
            new(method, benchmark, InputStream.Joint, training, kinect, b, seed, compat, augmentations);

        var epochs = budget.Override(epochs: budget.Epochs * 3);
        var width = budget.Override(width: budget.HiddenChannels * 2);
        var batch = budget.Override(batch: Math.Max(2, budget.BatchSize / 2));
        var momentum = budget.Override(keyMomentum: 0.99);
        var queue = budget.Override(queue: Math.Max(budget.BatchSize, budget.QueueSize / 4));
        var temperature = budget.Override(temperature: 0.2);
        var rate = budget.Override(learningRate: 0.03);
        var head = budget.Override(headInit: ProjectionInitialisation.FanIn);
        var quarterEpochs = budget.Override(epochs: Math.Max(1, budget.Epochs / 4));
        var clips = budget.Override(clips: budget.SyntheticClips * 4);
        return
        [
            new("base", $"{budget.Name}: {budget.Epochs} epochs, width {budget.HiddenChannels}, batch {budget.BatchSize}", Spec(budget, kinect)),
            new("pretraining epochs", $"{epochs.Epochs} (×3)", Spec(epochs, kinect)),
            new("encoder width h", $"{width.HiddenChannels} (×2)", Spec(width, kinect)),
            new("batch (queue a multiple)", $"{batch.BatchSize} (÷2)", Spec(batch, kinect)),
            new("method", "SkeletonCLR (no extreme view, no D³M)", Spec(budget, kinect, PretrainMethod.SkeletonClr)),
            new("augmentations", "none", Spec(budget, kinect, augmentations: false)),
            new("training formats, equal epochs", "Kinect + SMPL-X", Spec(budget, [kinect[0], SkeletonFormats.SmplX42.Name])),
            new("training formats, equal epochs", "all four (Figure 4's last row)", Spec(budget, four)),
            new("BatchNorm of padded batches", "all four, --compat official (one BatchNorm over padded joints)", Spec(budget, four, compat: ReferenceCompat.Official)),
            new("training formats, about equal steps", $"all four at {quarterEpochs.Epochs} epoch(s): {4 * quarterEpochs.Epochs} format-epochs against the base's {budget.Epochs}", Spec(quarterEpochs, four)),
            new("key-encoder momentum m", "0.99 (paper 0.999)", Spec(momentum, kinect)),
            new("key queue", $"{queue.QueueSize} (÷4; the quick queue holds about every training clip)", Spec(queue, kinect)),
            new("temperature T", "0.2 (paper 0.07)", Spec(temperature, kinect)),
            new("pretraining learning rate", "0.03 (paper 0.1)", Spec(rate, kinect)),
            new("projection head initialisation", "N(0, 1/fan-in) (paper N(0, 0.02))", Spec(head, kinect)),
            new("clips (data)", $"{clips.SyntheticClips} (×4)", Spec(clips, kinect)),
            .. Baselines(clips, seed).Select(b => new Arm("clips (data)", $"{clips.SyntheticClips} (×4): {b.Label}", b.Spec)),
        ];
    }

    /// <summary>Every experiment of the study for <paramref name="seeds"/>, each once, seed by seed, with the baselines
    /// (random init, raw-coordinate probes) of the same budget.</summary>
    public static IReadOnlyList<ExperimentSpec> Specs(Budget budget, IReadOnlyList<ulong> seeds) => seeds
        .SelectMany(seed => Arms(budget, seed).Select(a => a.Spec).Concat(Baselines(budget, seed).Select(b => b.Spec)))
        .DistinctBy(s => s.Id)
        .ToArray();

    /// <summary>One line of the study's table: the base, an arm or a baseline.</summary>
    /// <param name="Factor">What the line changes (<c>base</c>, <c>baseline</c>, or an arm's factor).</param>
    /// <param name="Level">Its setting, in words.</param>
    /// <param name="Top1">Top-1 %, per seed found in the results store.</param>
    /// <param name="KeyCosine">The mean over those seeds of the keys' mean cosine in the last pretraining epoch
    /// (<see cref="Training.Pretraining.KeySpread"/>); null for a baseline and for runs recorded before the kit measured it.</param>
    /// <param name="Comparison">The paired difference against the base (points); null on the base's own line.</param>
    /// <param name="SurvivesCorrection">Whether its verdict survives Holm's correction over all the lines read together.</param>
    public sealed record Line(string Factor, string Level, IReadOnlyDictionary<ulong, double> Top1, double? KeyCosine, PairedComparison? Comparison, bool SurvivesCorrection)
    {
        /// <summary>Top-1 as mean ± half the 95 % t interval over the seeds found.</summary>
        public SeedSummary Summary => SeedSummary.Of(Top1.Values);

        /// <summary>The verdict after Holm's correction: the line's own verdict where it survives, else "not
        /// distinguishable" (or "no paired seeds"); empty on the base's line.</summary>
        public string CorrectedVerdict => Comparison is not { } paired ? ""
            : SurvivesCorrection ? paired.VerdictText
            : paired.Difference.N == 0 ? "no paired seeds" : "not distinguishable";
    }

    /// <summary>The study's lines from <paramref name="rows"/> (the results store): the base, every arm, then the
    /// baselines, each with its top-1 over <paramref name="seeds"/> and its paired difference against the base.</summary>
    public static IReadOnlyList<Line> Lines(IReadOnlyList<ResultRow> rows, Budget budget, IReadOnlyList<ulong> seeds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(seeds);
        Dictionary<ulong, double> Top1(Func<ulong, ExperimentSpec> spec) => seeds
            .Select(seed => (seed, value: ResultsStore.Latest(rows, spec(seed).Id, ResultMetrics.Top1)))
            .Where(p => p.value is not null)
            .ToDictionary(p => p.seed, p => 100 * p.value!.Value);

        double? KeyCosine(Func<ulong, ExperimentSpec> spec)
        {
            var values = seeds.Select(seed => ResultsStore.Latest(rows, spec(seed).Id, ResultMetrics.KeyCosine)).OfType<double>().ToArray();
            return values.Length == 0 ? null : values.Average();
        }

        var arms = Arms(budget, seeds.FirstOrDefault(1UL));
        var measured = arms.Select((arm, index) => (arm.Factor, arm.Level, Values: Top1(seed => Arms(budget, seed)[index].Spec), KeyCos: KeyCosine(seed => Arms(budget, seed)[index].Spec)))
            .Concat(Baselines(budget, seeds.FirstOrDefault(1UL)).Select(b => (Factor: "baseline", Level: b.Label, Values: Top1(seed => BaselineSpec(b.Kind, budget, seed)), KeyCos: (double?)null)))
            .ToArray();
        // Every line after the base is one test against it; read together, about one in twenty would come out "better" or
        // "worse" at 0.05 by chance alone, so each line also says whether its verdict survives Holm's correction.
        var comparisons = measured.Skip(1).Select(line => PairedComparison.Of(line.Values, measured[0].Values)).ToArray();
        var holm = HolmCorrection.Significant(comparisons.Select(c => c.PValue).ToArray());
        return measured.Select((line, i) => new Line(line.Factor, line.Level, line.Values, line.KeyCos, i == 0 ? null : comparisons[i - 1], i > 0 && holm[i - 1])).ToArray();
    }

    /// <summary>The study's table as markdown from <paramref name="rows"/> (the results store): per arm, top-1 as mean ±
    /// half the 95 % t interval over the seeds found, and the paired difference against the base with its verdict
    /// (<see cref="Lines"/>).</summary>
    public static string Markdown(IReadOnlyList<ResultRow> rows, Budget budget, IReadOnlyList<ulong> seeds)
    {
        var lines = Lines(rows, budget, seeds);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Generated by `msclr study show --budget {budget.Name} --seeds {seeds.Count}` from the results store ({DateTime.UtcNow:yyyy-MM-dd}); synthetic benchmark generator version {SyntheticIdentity.GeneratorVersion}, {Benchmark.Ntu60CrossSubject.MeasuredOn(useSynthetic: true).Name}, joint stream, Kinect v2 classifier. Top-1 %, mean ± half the 95 % t interval over seeds; differences are paired by seed. *Key cos*: the mean cosine between the keys of the last pretraining epoch, averaged over seeds (0: spread, 1: every clip mapped to one direction, so InfoNCE cannot tell them apart). *Verdict* reads each line's test alone; *corrected* keeps a verdict only where it survives Holm's correction for the {lines.Count - 1} comparisons read together (family-wise level 0.05).");
        text.AppendLine();
        text.AppendLine("| factor | level | top-1 % | key cos | − base (points) | 95 % interval | verdict | corrected |");
        text.AppendLine("|---|---|---:|---:|---:|---|---|---|");
        foreach (var line in lines)
        {
            text.AppendLine(Markdown(line));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// Where the base, longer pretraining, SkeletonCLR and the baselines win and lose: top-1 within each kind of action
    /// class (<see cref="SyntheticActionKind"/>), mean ± half the 95 % t interval over the seeds whose test scores are in
    /// <paramref name="runsRoot"/> (each run's Kinect classifier, <c>scores-ntu-rgb+d.parquet</c>).
    /// </summary>
    public static string KindsMarkdown(string runsRoot, Budget budget, IReadOnlyList<ulong> seeds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runsRoot);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(seeds);
        string[] shown = ["base", "pretraining epochs", "method"];
        var lines = shown.Select(factor => (Label: Label(Arms(budget, 1).First(a => a.Factor == factor)), Spec: (Func<ulong, ExperimentSpec>)(seed => Arms(budget, seed).First(a => a.Factor == factor).Spec)))
            .Concat(Baselines(budget, 1).Select(b => (Label: $"baseline: {b.Label}", Spec: (Func<ulong, ExperimentSpec>)(seed => BaselineSpec(b.Kind, budget, seed)))));
        var kinds = Enum.GetValues<SyntheticActionKind>();
        var text = new StringBuilder();
        text.AppendLine("Top-1 % within each kind of action class (the Kinect classifier's test scores), mean ± half the 95 % t interval over seeds:");
        text.AppendLine();
        text.AppendLine($"| arm | {string.Join(" | ", kinds.Select(KindName))} |");
        text.AppendLine($"|---|{string.Concat(kinds.Select(_ => "---:|"))}");
        foreach (var (label, spec) in lines)
        {
            var perSeed = seeds.Select(seed => spec(seed)).Select(s => RunFolder.For(runsRoot, s).Scores(s.EvaluationFormats[0]))
                .Where(File.Exists).Select(AccuracyByActionKind.Of).ToArray();
            var cells = kinds.Select(kind => SeedSummary.Of(perSeed.Where(r => r.ContainsKey(kind)).Select(r => 100 * r[kind])).Format());
            text.AppendLine($"| {label} | {string.Join(" | ", cells)} |");
        }

        return text.ToString().TrimEnd();

        static string Label(Arm arm) => arm.Factor == "base" ? $"base ({arm.Level})" : $"{arm.Factor}: {arm.Level}";
    }

    private static string KindName(SyntheticActionKind kind) => kind switch
    {
        SyntheticActionKind.FullBody => "full body",
        SyntheticActionKind.FineGrained => "fine-grained (hands, face)",
        SyntheticActionKind.Interaction => "interaction",
        SyntheticActionKind.TemporalStructure => "temporal structure",
        _ => kind.ToString(),
    };

    private static string Markdown(Line line)
    {
        var keyCosine = line.KeyCosine is { } cosine ? cosine.ToString("0.000", CultureInfo.InvariantCulture) : "—";
        if (line.Comparison is not { } paired)
        {
            return $"| {line.Factor} | {line.Level} | {line.Summary.Format()} | {keyCosine} | | | | |";
        }

        var difference = paired.Difference.N == 0 ? "—" : paired.Difference.Mean.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
        var interval = paired.Difference is { Low: { } low, High: { } high }
            ? string.Create(CultureInfo.InvariantCulture, $"{low:+0.0;-0.0;0.0} … {high:+0.0;-0.0;0.0}")
            : "—";
        return $"| {line.Factor} | {line.Level} | {line.Summary.Format()} | {keyCosine} | {difference} | {interval} | {paired.VerdictText} | {line.CorrectedVerdict} |";
    }

    private static IEnumerable<(BaselineKind Kind, string Label, ExperimentSpec Spec)> Baselines(Budget budget, ulong seed) =>
        new[] { (BaselineKind.RandomInit, "random-init encoder"), (BaselineKind.RawStatistics, "raw coordinates: each joint's mean and sd over time"), (BaselineKind.RawFlattened, "raw coordinates, flattened") }
            .Select(b => (b.Item1, b.Item2, BaselineSpec(b.Item1, budget, seed)));

    private static ExperimentSpec BaselineSpec(BaselineKind kind, Budget budget, ulong seed) =>
        BaselineTable.Spec(kind, InputStream.Joint, Benchmark.Ntu60CrossSubject, budget, useSynthetic: true, seed);
}
