using System.CommandLine;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Skeletons;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr prep synthetic</c>: generate the synthetic multi-skeleton benchmark into the store, one file per format.</summary>
internal static class PrepSyntheticCommand
{
    public static Command Create()
    {
        var samples = new Option<int>("--samples") { Description = "Number of clips", DefaultValueFactory = _ => 960 };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 1 };
        var formats = new Option<string>("--formats") { Description = "Formats to render, comma-separated", DefaultValueFactory = _ => string.Join(",", SkeletonFormats.All.Select(f => f.Name)) };
        var frames = new Option<int>("--frames") { Description = "Frames per clip after preprocessing", DefaultValueFactory = _ => 50 };
        var force = new Option<bool>("--force") { Description = "Rewrite files that exist" };
        var data = PrepCommand.DataRootOption();
        var command = new Command("synthetic", "Generate the synthetic benchmark (every clip rendered in every format, preprocessed like NTU)") { samples, seed, formats, frames, force, data };
        command.SetAction(result => CliAction.Run(() =>
        {
            var chosen = result.GetValue(formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SkeletonFormats.Resolve).ToArray();
            var config = new SyntheticConfig { Samples = result.GetValue(samples), Seed = result.GetValue(seed) };
            var written = AnsiConsole.Progress().AutoClear(false).Start(context =>
            {
                var task = context.AddTask($"synthetic: {config.Samples} clips × {chosen.Length} formats", maxValue: chosen.Length);
                return SyntheticStore.Ensure(result.GetValue(data)!, config, chosen, result.GetValue(frames), result.GetValue(force),
                    new Progress<(string Format, int Clips)>(_ => task.Increment(1)), reason => AnsiConsole.MarkupLine(Markup.Escape(reason)));
            });
            AnsiConsole.MarkupLine(written.Count == 0 ? "nothing to do: every file exists with these settings (use --force to rewrite)" : string.Join("\n", written.Select(w => $"wrote {Markup.Escape(w)}")));
            return 0;
        }));
        return command;
    }
}
