using MsClr.Cli;
using Spectre.Console;

namespace MsClr.Kit.Tests.Cli;

/// <summary>Runs the msclr command tree in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Out, string Error) Invoke(params string[] args)
    {
        var (originalOut, originalError, originalAnsi) = (Console.Out, Console.Error, AnsiConsole.Console);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
            });
            var exitCode = MsClrApp.CreateRootCommand().Parse(args).Invoke();
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
            AnsiConsole.Console = originalAnsi;
        }
    }
}
