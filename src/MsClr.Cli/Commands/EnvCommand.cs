using System.CommandLine;
using MsClr.Kit.Runtime;
using Spectre.Console;
using static TorchSharp.torch;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr env</c>: what the kit will use: device, threads, data and runs roots.</summary>
internal static class EnvCommand
{
    public static Command Create()
    {
        var command = new Command("env", "Show the compute device, threads, LibTorch build and data/runs folders");
        command.SetAction(_ => CliAction.Run(() =>
        {
            var table = new Table().AddColumns("setting", "value", "from");
            table.AddRow("device", KitEnvironment.ComputeDevice.ToString(), KitEnvironment.DeviceVariable + " or auto");
            table.AddRow("threads", KitEnvironment.ConfigureThreads().ToString(), KitEnvironment.ThreadsVariable + " or LibTorch default");
            table.AddRow("cuda available", cuda.is_available().ToString(), "LibTorch");
            table.AddRow("libtorch", Markup.Escape(__version__), "TorchSharp");
            table.AddRow("data root", Markup.Escape(KitEnvironment.DataRoot), KitEnvironment.DataVariable);
            table.AddRow("runs root", Markup.Escape(KitEnvironment.RunsRoot), KitEnvironment.RunsVariable);
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
