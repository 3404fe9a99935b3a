using System.CommandLine;
using MsClr.Kit.Evaluation;
using Spectre.Console;
using static TorchSharp.torch;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr ensemble</c>: fuses saved score files (3-stream fusion or the per-format ensemble) and reports accuracy.</summary>
internal static class EnsembleCommand
{
    public static Command Create()
    {
        var scores = new Argument<string[]>("scores") { Description = "Score files (scores-*.parquet) of the same test clips", Arity = ArgumentArity.OneOrMore };
        var weights = new Option<string?>("--weights") { Description = "Comma-separated weights (default: 0.6,0.6,0.4 for three files given as joint, bone, motion; equal otherwise)" };
        var average = new Option<ScoreAveraging>("--average") { Description = "logits (default, official fusion) or softmax", DefaultValueFactory = _ => ScoreAveraging.Logits };
        var command = new Command("ensemble", "Fuse saved class scores: 3-stream fusion (joint, bone, motion) or a per-format ensemble") { scores, weights, average };
        command.SetAction(result => CliAction.Run(() =>
        {
            var files = result.GetValue(scores)!;
            var loaded = files.Select(ScoreFile.Read).ToArray();
            for (var i = 1; i < loaded.Length; i++)
            {
                if (!loaded[i].SampleIds.SequenceEqual(loaded[0].SampleIds))
                {
                    throw new InvalidOperationException($"{files[i]} lists other test clips (or another order) than {files[0]}");
                }
            }

            var w = result.GetValue(weights) is { } text
                ? text.Split(',').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
                : files.Length == 3 ? [ScoreFusion.PaperStreamWeights.Joint, ScoreFusion.PaperStreamWeights.Bone, ScoreFusion.PaperStreamWeights.Motion]
                : Enumerable.Repeat(1.0 / files.Length, files.Length).ToArray();
            using var fused = ScoreFusion.Weighted(loaded.Select(l => l.Scores).ToArray(), w, result.GetValue(average));
            using var labels = tensor(loaded[0].Labels);
            var metrics = ClassificationMetrics.From(fused, labels);
            AnsiConsole.MarkupLine($"fused {files.Length} score files with weights [[{string.Join(", ", w)}]]: top-1 {metrics.Top1:P1}, top-5 {metrics.Top5:P1}");
            return 0;
        }));
        return command;
    }
}
