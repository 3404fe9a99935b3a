using System.CommandLine;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Statistics;
using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Pretraining;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr pretrain</c>, <c>msclr linear-eval</c> and <c>msclr experiment run</c>: thin verbs over <see cref="ExperimentRunner"/>.</summary>
internal static class ExperimentCommands
{
    public static Command Pretrain()
    {
        var options = new ExperimentOptions();
        var command = new Command("pretrain", "Pretrain an encoder (resumes from the run's latest checkpoint)");
        options.AddTo(command);
        command.SetAction(result => CliAction.Run(() =>
        {
            var runner = Runner();
            foreach (var spec in options.Specs(result))
            {
                using var model = TrainingProgressBar.Run(spec.Id, (progress, cancel) => runner.Pretrain(spec, progress, cancel));
                AnsiConsole.MarkupLine($"pretrained: {Markup.Escape(runner.RunDirectory(spec))}");
            }

            return 0;
        }));
        return command;
    }

    public static Command LinearEval()
    {
        var options = new ExperimentOptions();
        var force = new Option<bool>("--force") { Description = "Evaluate again even when a result exists" };
        var command = new Command("linear-eval", "Linear evaluation of a pretrained encoder: a classifier per evaluation format and their ensemble") { force };
        options.AddTo(command);
        command.SetAction(result => CliAction.Run(() => LinearEvaluate(options.Specs(result), result.GetValue(force))));
        return command;
    }

    public static Command Experiment()
    {
        var options = new ExperimentOptions();
        var force = new Option<bool>("--force") { Description = "Rerun even when a result exists" };
        var run = new Command("run", "Pretrain and evaluate in one go (finished work is reused)") { force };
        options.AddTo(run);
        run.SetAction(result => CliAction.Run(() =>
        {
            var runner = Runner();
            var specs = options.Specs(result);
            PrintProtocol(specs);
            Show(specs.Select(spec => TrainingProgressBar.Run(spec.Id, (progress, cancel) => runner.Run(spec, progress, result.GetValue(force), cancel, progress))).ToArray());
            return 0;
        }));
        return new Command("experiment", "Run experiments") { run };
    }

    /// <summary>Linear evaluation of pretrained <paramref name="specs"/> (results reused unless <paramref name="force"/>), shown as a table.</summary>
    public static int LinearEvaluate(IReadOnlyList<ExperimentSpec> specs, bool force)
    {
        var runner = Runner();
        if (specs.FirstOrDefault(s => !runner.IsPretrained(s)) is { } missing)
        {
            throw new InvalidOperationException($"{missing.Id} is not pretrained yet; run `msclr pretrain` with the same options first");
        }

        PrintProtocol(specs);
        Show(specs.Select(spec => TrainingProgressBar.Run(spec.Id, (progress, cancel) => runner.Run(spec, progress, force, cancel, progress))).ToArray());
        return 0;
    }

    // The specs of one command share their protocol except for the seed, so the first one's stands for all.
    private static void PrintProtocol(IReadOnlyList<ExperimentSpec> specs)
    {
        if (specs.Count > 0)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"protocol: {ExperimentProtocol.Describe(specs[0])}"));
        }
    }

    private static ExperimentRunner Runner() => new(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);

    /// <summary>One result as its table; several seeds as one column per seed and the mean ± 95 % interval (Student t).</summary>
    private static void Show(IReadOnlyList<ExperimentResult> results)
    {
        if (results.Count == 1)
        {
            Show(results[0]);
            return;
        }

        var table = new Table().AddColumns(["metric", .. results.Select(r => Markup.Escape(SeedOf(r.SpecId))), "mean ± 95 % (n)"]);
        void Add(string metric, Func<ExperimentResult, double?> pick)
        {
            var values = results.Select(pick).ToArray();
            var summary = SeedSummary.Of(values.OfType<double>().Select(v => 100 * v));
            table.AddRow([Markup.Escape(metric), .. values.Select(v => v is { } x ? $"{x:P1}" : "—"), Markup.Escape(summary.Format())]);
        }

        Add("top-1 (final epoch, primary format)", r => r.Top1);
        Add("top-5", r => r.Top5);
        Add("best periodic top-1", r => r.BestPeriodicTop1);
        foreach (var format in results[0].PerFormatTop1.Keys)
        {
            Add($"top-1 {format} classifier", r => r.PerFormatTop1.TryGetValue(format, out var v) ? v : null);
        }

        if (results[0].EnsembleTop1 is not null)
        {
            Add("top-1 per-format ensemble", r => r.EnsembleTop1);
        }

        if (results.Any(r => r.KeyCosine is not null))
        {
            table.AddRow([Markup.Escape(KeyCosineLabel), .. results.Select(r => r.KeyCosine is { } c ? $"{c:F3}" : "—"), ""]);
        }

        table.AddRow(["LibTorch threads", .. results.Select(r => r.Threads?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"), ""]);
        AnsiConsole.Write(table);
        WarnIfCollapsed(results);
        var threadCounts = results.Select(r => r.Threads).OfType<int>().Distinct().Order().ToArray();
        if (threadCounts.Length > 1)
        {
            AnsiConsole.MarkupLine(Markup.Escape(
                $"warning: these seeds were computed with different LibTorch thread counts ({string.Join(", ", threadCounts)}); each count adds floats in its own order, so a seed is only repeatable at its own count (set MSCLR_THREADS)"));
        }
        AnsiConsole.MarkupLine(Markup.Escape($"runs: {string.Join(", ", results.Select(r => r.SpecId))}"));
    }

    // Spec ids read "...-s{seed}-{hash}".
    private static string SeedOf(string specId) => specId.Split('-') is { Length: > 2 } parts ? "seed " + parts[^2].TrimStart('s') : specId;

    private const string KeyCosineLabel = "key cosine, last pretraining epoch (0: spread, 1: collapsed)";

    private static void WarnIfCollapsed(IReadOnlyList<ExperimentResult> results)
    {
        var measured = results.Where(r => r.KeyCosine is not null).ToArray();
        var collapsed = measured.Where(r => KeySpread.IsCollapsed(r.KeyCosine!.Value)).ToArray();
        if (collapsed.Length > 0)
        {
            var which = measured.Length == 1 ? "this run's" : $"{collapsed.Length} of these {measured.Length} runs'";
            AnsiConsole.MarkupLine(Markup.Escape(
                $"warning: {which} contrastive embedding collapsed (the keys' mean cosine above {KeySpread.CollapseThreshold}): "
                + "InfoNCE could not tell the clips apart, so those frozen features are not what contrastive learning would give; see docs/study.md"));
        }
    }

    private static void Show(ExperimentResult result)
    {
        var table = new Table().AddColumns("metric", "value");
        table.AddRow("top-1 (final epoch, primary format)", $"{result.Top1:P1}");
        table.AddRow("top-5", $"{result.Top5:P1}");
        table.AddRow("best periodic top-1 (test-set selection, as the official code reports)", $"{result.BestPeriodicTop1:P1}");
        foreach (var (format, top1) in result.PerFormatTop1)
        {
            table.AddRow(Markup.Escape($"top-1 {format} classifier"), $"{top1:P1}");
        }

        if (result.EnsembleTop1 is { } ensemble)
        {
            table.AddRow("top-1 per-format ensemble", $"{ensemble:P1}");
        }

        if (result.KeyCosine is { } keyCosine)
        {
            table.AddRow(Markup.Escape(KeyCosineLabel), $"{keyCosine:F3}");
        }

        if (result.Threads is { } threads)
        {
            table.AddRow("LibTorch threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        WarnIfCollapsed([result]);
    }
}
