using System.CommandLine;
using MsClr.Kit.IO.Npy;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using Spectre.Console;
using static TorchSharp.torch;

namespace MsClr.Cli.Commands;

/// <summary>
/// <c>msclr encode</c>: the frozen encoder of an exported state dict on <c>.npy</c> clips, features written as <c>.npy</c>.
/// What a user with the authors' checkpoint needs, and a parity check that depends on no internal type.
/// </summary>
internal static class EncodeCommand
{
    public static Command Create()
    {
        var weights = new Option<string>("--weights") { Description = "Encoder state dict (.npz) from data-prep/export_checkpoint.py --prefix encoder_q.", Required = true };
        var formats = new Option<string>("--formats") { Description = "Comma-separated formats the weights were trained on, in training order (names or format JSON paths)", Required = true };
        var input = new Option<string>("--input") { Description = "Clips as .npy, shape (N, C, T, V, M), float32 or float64, in the stream the weights were trained on", Required = true };
        var format = new Option<string>("--format") { Description = "The clips' format; one of --formats", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the features, .npy of shape (N, D) float32", Required = true };
        var compat = new Option<string>("--compat") { Description = "paper (default) or official: the official FlexModel's joint padding inside the blocks", DefaultValueFactory = _ => "paper" }
            .AcceptOnlyFromAmong("paper", "official");
        var batch = new Option<int>("--batch") { Description = "Clips per forward pass", DefaultValueFactory = _ => 64 };
        var command = new Command("encode", "Run a pretrained encoder (eval mode) on .npy clips and write the pooled features (what linear evaluation trains on)")
        {
            weights, formats, input, format, output, compat, batch,
        };
        command.SetAction(result => CliAction.Run(() =>
        {
            var set = new FormatSet(result.GetValue(formats)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(SkeletonFormats.Resolve).ToArray());
            var clipsFormat = SkeletonFormats.Resolve(result.GetValue(format)!);
            if (!set.Any(f => f.Name == clipsFormat.Name))
            {
                throw new ArgumentException($"--format {clipsFormat.Name}: not one of --formats {set}");
            }

            using var scope = NewDisposeScope();
            var encoder = PretrainedEncoder.Load(result.GetValue(weights)!, set, padJointsInBlocks: result.GetValue(compat) == "official");
            var inputPath = result.GetValue(input)!;
            var array = NpyReader.Read(inputPath);
            if (array.Shape.Count != 5)
            {
                throw new InvalidDataException($"{inputPath}: shape {array.ShapeText}; expected (N, C, T, V, M)");
            }

            var clips = tensor(array.Data, [.. array.Shape]);
            var features = PretrainedEncoder.Features(encoder, clips, set.First(f => f.Name == clipsFormat.Name), result.GetValue(batch));
            var outputPath = result.GetValue(output)!;
            NpyWriter.Write(outputPath, features.data<float>().ToArray(), features.shape);
            AnsiConsole.MarkupLineInterpolated($"wrote features {NpyHeader.FormatShape(features.shape)} of {array.Shape[0]} clips to {outputPath}");
            return 0;
        }));
        return command;
    }
}
