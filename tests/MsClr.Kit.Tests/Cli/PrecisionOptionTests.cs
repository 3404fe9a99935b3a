
namespace MsClr.Kit.Tests.Cli;

/// <summary><c>--precision</c> on the experiment verbs: bf16 runs as its own experiment, a bad value is named.</summary>
[Collection(ConsoleCollection.Name)]
public class PrecisionOptionTests
{
    [Fact]
    public void Pretrain_Bf16_RunsIntoItsOwnRunFolder()
    {
        using var roots = new TempKitRoots();

        var (exitCode, _, error) = CliRun.Invoke("pretrain", "--budget", "smoke", "--formats", "ntu-rgb+d", "--precision", "bf16");

        Assert.True(exitCode == 0, error);
        var runs = Directory.GetDirectories(Path.Combine(roots.Folder, "runs")).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).ToArray();
        Assert.Contains(runs, n => n!.Contains("-ntu-bf16-smoke-", StringComparison.Ordinal));
    }

    [Fact]
    public void Pretrain_UnknownPrecision_FailsNamingTheChoices()
    {
        using var roots = new TempKitRoots();

        var (exitCode, _, error) = CliRun.Invoke("pretrain", "--budget", "smoke", "--formats", "ntu-rgb+d", "--precision", "fp16");

        Assert.Equal(2, exitCode);
        Assert.Contains("fp16", error);
        Assert.Contains("bf16", error);
    }
}
