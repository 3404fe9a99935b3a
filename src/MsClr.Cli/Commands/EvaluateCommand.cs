using System.CommandLine;
using MsClr.Kit.Experiments;
using MsClr.Kit.Runtime;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr evaluate --protocol linear|knn|semi-1|semi-10|finetune|subject|view|linear-calibrated</c>: evaluates pretrained experiments under a chosen protocol, printing
/// the protocol first and recording it with the result.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var options = new ExperimentOptions();
        var protocol = new Option<string>("--protocol")
        {
            Description = "linear (the paper's linear evaluation), knn (k = 1 and 20 nearest neighbours, cosine, on frozen features), semi-1 or semi-10 (fine-tuned end to end on a seeded, class-balanced 1 % or 10 % of the labels), finetune (fine-tuned end to end on every label), subject (a linear probe on frozen features that names the performer of the training clips, trained and tested on seeded per-subject halves; with --baseline random-init, raw-stats or raw-flat, on the untrained encoder or the raw coordinates), view (the same probe naming the camera view: the synthetic store's view, NTU's camera), linear-calibrated (linear evaluation after the frozen encoder's BatchNorm running statistics are re-estimated on the clean training clips, weights unchanged; with --baseline random-init, on the untrained encoder)",
            DefaultValueFactory = _ => "linear",
        };
        var force = new Option<bool>("--force") { Description = "Evaluate again even when a result exists" };
        var command = new Command("evaluate", "Evaluate pretrained encoders under a protocol (linear, knn, semi-1, semi-10, finetune, subject, view, linear-calibrated); pretrain them first with the same options") { protocol, force };
        options.AddTo(command);
        command.SetAction(result => CliAction.Run(() =>
        {
            var specs = options.Specs(result);
            var chosen = EvaluationProtocols.Parse(result.GetValue(protocol)!);
            if (chosen == EvaluationProtocol.Linear)
            {
                return ExperimentCommands.LinearEvaluate(specs, result.GetValue(force)); // prints the protocol first
            }

            if (chosen.Attribute() is { } attribute)
            {
                return Attribute(specs, attribute, result.GetValue(force));
            }

            if (chosen == EvaluationProtocol.LinearCalibrated)
            {
                return LinearCalibrated(specs, result.GetValue(force));
            }

            if (chosen.LabelPercent() is not null)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"protocol: {FineTuningEvaluation.Describe(specs[0], chosen)}"));
                var fineTuning = new FineTuningEvaluation(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
                var rows = new Table().AddColumns("run", "labelled clips", "encoder change", "top-1");
                foreach (var spec in specs)
                {
                    // Ctrl+C, SIGTERM and SIGHUP stop after the current epoch with the state saved; the same command resumes it.
                    var tuned = TrainingProgressBar.Run(spec.Id, (progress, cancel) => fineTuning.Run(spec, chosen, result.GetValue(force), cancel, progress));
                    rows.AddRow(Markup.Escape(spec.Id), tuned.Labelled.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{tuned.EncoderChange:P2}", $"{tuned.Top1:P1}");
                }

                AnsiConsole.Write(rows);
                return 0;
            }

            AnsiConsole.MarkupLine(Markup.Escape($"protocol: {KnnEvaluation.Describe(specs[0], Kit.Evaluation.KnnClassifier.DefaultK)}"));
            var evaluation = new KnnEvaluation(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
            var table = new Table().AddColumns("run", "k", "format", "top-1");
            foreach (var spec in specs)
            {
                foreach (var (k, perFormat) in evaluation.Run(spec, force: result.GetValue(force)))
                {
                    foreach (var (format, top1) in perFormat)
                    {
                        table.AddRow(Markup.Escape(spec.Id), k.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(format), $"{top1:P1}");
                    }
                }
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static int LinearCalibrated(IReadOnlyList<ExperimentSpec> specs, bool force)
    {
        AnsiConsole.MarkupLine(Markup.Escape($"protocol: {CalibratedLinearEvaluation.Describe(specs[0])}"));
        var evaluation = new CalibratedLinearEvaluation(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
        var table = new Table().AddColumns("run", "format", "top-1", "best periodic top-1 (test-selected)");
        foreach (var spec in specs)
        {
            var calibrated = evaluation.Run(spec, force);
            foreach (var (format, top1) in calibrated.Top1)
            {
                table.AddRow(Markup.Escape(spec.Id), Markup.Escape(format), $"{top1:P1}", $"{calibrated.BestPeriodicTop1[format]:P1}");
            }

            if (calibrated.EnsembleTop1 is { } ensemble)
            {
                table.AddRow(Markup.Escape(spec.Id), "ensemble", $"{ensemble:P1}", "");
            }
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static int Attribute(IReadOnlyList<ExperimentSpec> specs, ProbedAttribute attribute, bool force)
    {
        AnsiConsole.MarkupLine(Markup.Escape($"protocol: {AttributeProbeEvaluation.Describe(specs[0], attribute)}"));
        var evaluation = new AttributeProbeEvaluation(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
        var name = attribute.Name();
        var table = new Table().AddColumns("run", "format", $"{name}s", "train / test clips", $"{name} top-1", "chance");
        foreach (var spec in specs)
        {
            foreach (var (format, probe) in evaluation.Run(spec, attribute, force))
            {
                table.AddRow(Markup.Escape(spec.Id), Markup.Escape(format), probe.Classes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{probe.TrainClips} / {probe.TestClips}", $"{probe.Top1:P1}", $"{probe.Chance:P1}");
            }
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
