using MsClr.Kit.Skeletons;

namespace MsClr.Cli.Commands;

/// <summary>Runs a command body and turns expected user errors into one-line messages and exit code 2.</summary>
internal static class CliAction
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is SkeletonFormatException or KeyNotFoundException or FileNotFoundException or FormatException or InvalidOperationException)
        {
            Console.Error.WriteLine($"msclr: {e.Message}");
            return 2;
        }
    }
}
