using System.CommandLine;
using MsClr.Kit.Reporting;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>
/// <c>msclr reproduce</c>: the kit's main job. So far it lists the skeleton formats and writes the offline formats
/// page; the data, training and paper-table stages are added as they land.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder",
            DefaultValueFactory = _ => Path.Combine(KitEnvironment.RunsRoot, "reproduce"),
        };
        var command = new Command("reproduce", "Run the kit's reproduction and write its report (currently: the skeleton formats page)") { output };
        command.SetAction(result => CliAction.Run(() =>
        {
            var folder = Path.GetFullPath(result.GetValue(output)!);
            AnsiConsole.Write(FormatsCommand.FormatsTable(SkeletonFormats.All));
            var page = Path.Combine(folder, "formats.html");
            FormatsPage.Write(page, SkeletonFormats.All);
            AnsiConsole.WriteLine($"wrote {page}");
            return 0;
        }));
        return command;
    }
}
