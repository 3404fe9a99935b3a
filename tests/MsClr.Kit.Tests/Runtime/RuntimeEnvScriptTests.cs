using System.Diagnostics;
using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests.Runtime;

/// <summary>scripts/runtime-env.sh, which every launcher sources: the allocator choice and its environment.</summary>
public class RuntimeEnvScriptTests
{
    private const string Probe = "source scripts/runtime-env.sh && echo \"$MSCLR_ALLOCATOR|${LD_PRELOAD:-}|${GLIBC_TUNABLES:-}\"";

    [Fact]
    public void Glibc_SetsTheHeapTunablesAndPreloadsNothing()
    {
        var (code, output, _) = Bash(Probe, ("MSCLR_ALLOCATOR", "glibc"));

        Assert.Equal(0, code);
        var parts = output.Trim().Split('|');
        Assert.Equal("glibc", parts[0]);
        Assert.Equal("", parts[1]);
        Assert.Contains("glibc.malloc.mmap_max=0", parts[2]);
    }

    [Fact]
    public void UnknownAllocator_FailsNamingTheVariableAndTheChoices()
    {
        var (code, _, errors) = Bash(Probe, ("MSCLR_ALLOCATOR", "hoard"));

        Assert.NotEqual(0, code);
        Assert.Contains("MSCLR_ALLOCATOR='hoard'", errors);
        Assert.Contains("tcmalloc or glibc", errors);
    }

    [Fact]
    public void Default_PrefersTcmallocWhereInstalled_AndSourcingTwicePreloadsItOnce()
    {
        var installed = Bash("ldconfig -p | grep 'libtcmalloc_minimal\\.so\\.4 ' >/dev/null").Code == 0;
        var (code, output, _) = Bash("source scripts/runtime-env.sh && " + Probe, ("MSCLR_ALLOCATOR", null));

        Assert.Equal(0, code);
        var parts = output.Trim().Split('|');
        Assert.Equal(installed ? "tcmalloc" : "glibc", parts[0]);
        Assert.Equal(installed ? 1 : 0, parts[1].Split(':', StringSplitOptions.RemoveEmptyEntries).Count(p => p.Contains("libtcmalloc_minimal")));
    }

    private static (int Code, string Output, string Errors) Bash(string script, params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo("bash", ["-c", "set -euo pipefail; " + script])
        {
            WorkingDirectory = KitEnvironment.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("LD_PRELOAD");
        start.Environment.Remove("GLIBC_TUNABLES");
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}
