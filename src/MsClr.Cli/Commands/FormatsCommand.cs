using System.CommandLine;
using MsClr.Kit.Plots;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr formats</c>: list formats, show one with its adjacency, or write the formats HTML page.</summary>
internal static class FormatsCommand
{
    public static Command Create()
    {
        var extra = new Option<string[]>("--format", "-f")
        {
            Description = "Also list a custom format JSON file (repeatable)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("formats", "List the skeleton formats: name, joints, edges, centre, unit") { extra };
        command.SetAction(result => CliAction.Run(() =>
        {
            AnsiConsole.Write(FormatsTable(Formats(result.GetValue(extra))));
            return 0;
        }));
        command.Subcommands.Add(ShowCommand());
        command.Subcommands.Add(HtmlCommand(extra));
        return command;
    }

    /// <summary>The built-in formats followed by any custom ones given as JSON paths.</summary>
    public static IReadOnlyList<SkeletonFormat> Formats(string[]? customPaths) =>
        [.. SkeletonFormats.All, .. (customPaths ?? []).Select(SkeletonFormatJson.Load)];

    /// <summary>The summary table shown by <c>msclr formats</c> and <c>msclr reproduce</c>.</summary>
    public static Table FormatsTable(IEnumerable<SkeletonFormat> formats)
    {
        var table = new Table().AddColumns("name", "joints", "edges", "centre", "unit", "components");
        foreach (var format in formats)
        {
            table.AddRow(
                Markup.Escape(format.Name),
                format.JointCount.ToString(),
                format.Edges.Count.ToString(),
                Markup.Escape($"{format.Center} ({format.JointNames[format.Center]})"),
                format.NativeUnit.Symbol(),
                SkeletonGraph.ConnectedComponents(format).Count.ToString());
        }

        return table;
    }

    private static Command ShowCommand()
    {
        var name = new Argument<string>("name") { Description = "A built-in format name (e.g. smplx_42) or a path to a format JSON file" };
        var json = new Option<bool>("--json") { Description = "Print {name, joints, edges, center, A} as JSON (0-based indices, A as [K][V][V])" };
        var strategy = new Option<GraphStrategy>("--strategy")
        {
            Description = "Graph partition strategy: uniform, distance or spatial",
            DefaultValueFactory = _ => GraphStrategy.Spatial,
        };
        var command = new Command("show", "Show one format and its ST-GCN adjacency") { name, json, strategy };
        command.SetAction(result => CliAction.Run(() =>
        {
            var format = SkeletonFormats.Resolve(result.GetValue(name)!);
            var chosen = result.GetValue(strategy);
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(GraphExport.ToJson(format, chosen));
                return 0;
            }

            AnsiConsole.Write(FormatsTable([format]));
            var joints = new Table().AddColumns("joint", "name", "mirror", "bone to");
            var bones = BonePairs.Of(format).ToDictionary(p => p.First, p => p.Second);
            for (var v = 0; v < format.JointCount; v++)
            {
                var twin = format.FlipPermutation[v];
                joints.AddRow(
                    v.ToString(),
                    Markup.Escape(format.JointNames[v]),
                    twin == v ? "-" : Markup.Escape(format.JointNames[twin]),
                    bones.TryGetValue(v, out var partner) ? Markup.Escape(format.JointNames[partner]) : "(zero bone)");
            }

            AnsiConsole.Write(joints);
            var adjacency = SkeletonGraph.Build(format, chosen);
            AnsiConsole.MarkupLine($"adjacency ({chosen.ToString().ToLowerInvariant()}): [[{string.Join(", ", adjacency.Shape)}]]; use --json for the values");
            return 0;
        }));
        return command;
    }

    private static Command HtmlCommand(Option<string[]> extra)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the page",
            DefaultValueFactory = _ => Path.Combine(KitEnvironment.RunsRoot, "formats", "formats.html"),
        };
        var command = new Command("html", "Write an offline HTML page describing every format and its graph") { output, extra };
        command.SetAction(result => CliAction.Run(() =>
        {
            var path = Path.GetFullPath(result.GetValue(output)!);
            FormatsPage.Write(path, Formats(result.GetValue(extra)));
            Console.Out.WriteLine($"wrote {path}");
            return 0;
        }));
        return command;
    }
}
