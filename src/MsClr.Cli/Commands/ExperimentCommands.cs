using System.CommandLine;
using MsClr.Kit.Experiments;
using MsClr.Kit.Runtime;
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
            var spec = options.Spec(result);
            var runner = Runner();
            using var model = TrainingProgressBar.Run(spec.Id, (progress, cancel) => runner.Pretrain(spec, progress, cancel));
            AnsiConsole.MarkupLine($"pretrained: {Markup.Escape(runner.RunDirectory(spec))}");
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
        command.SetAction(result => CliAction.Run(() =>
        {
            var spec = options.Spec(result);
            var runner = Runner();
            if (!runner.IsPretrained(spec))
            {
                throw new InvalidOperationException($"{spec.Id} is not pretrained yet; run `msclr pretrain` with the same options first");
            }

            Show(TrainingProgressBar.Run(spec.Id, (progress, cancel) => runner.Run(spec, progress, result.GetValue(force), cancel)));
            return 0;
        }));
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
            var spec = options.Spec(result);
            Show(TrainingProgressBar.Run(spec.Id, (progress, cancel) => Runner().Run(spec, progress, result.GetValue(force), cancel)));
            return 0;
        }));
        return new Command("experiment", "Run experiments") { run };
    }

    private static ExperimentRunner Runner() => new(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);

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

        AnsiConsole.Write(table);
    }
}
