using System.Reflection;
using System.Runtime.Loader;

namespace MsClr.Kit.Interactive;

/// <summary>
/// Lets the kit's chart dependency (Plotly.NET 6, built against FSharp.Core 10.1) run in a host that already loaded an
/// older FSharp.Core 10.x into the default load context, as the .NET Interactive kernel does at start-up (its F#
/// kernel needs its own copy). Without this every chart call in the kernel throws
/// <c>FileNotFoundException: FSharp.Core, Version=10.1.0.0</c>, and no <c>#r</c> in a notebook can help: an assembly
/// already in the default context cannot be replaced.
/// </summary>
/// <remarks>
/// The default context raises <see cref="AssemblyLoadContext.Resolving"/> only after its own binding failed, so in the
/// kit's own processes (FSharp.Core 10.1 app-local) this handler never runs. When it does, it answers with the
/// FSharp.Core already loaded, provided the major version matches: Plotly.NET then shares the kernel's FSharp.Core
/// instead of a second copy whose types would not match the kernel's formatters. The alternatives tried are named in
/// notebooks/README.md.
/// </remarks>
public static class FSharpCoreUnification
{
    private const string FSharpCore = "FSharp.Core";
    private static int installed;

    /// <summary>Installs the handler once per process; later calls do nothing.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += ResolveLoadedFSharpCore;
    }

    /// <summary>The FSharp.Core already in <paramref name="context"/> when it can stand in for <paramref name="requested"/>; otherwise null.</summary>
    internal static Assembly? ResolveLoadedFSharpCore(AssemblyLoadContext context, AssemblyName requested)
    {
        if (!string.Equals(requested.Name, FSharpCore, StringComparison.Ordinal))
        {
            return null;
        }

        return context.Assemblies
            .Where(a => a.GetName() is { Name: FSharpCore } loaded && loaded.Version is { } version && requested.Version is { } wanted && version.Major == wanted.Major)
            .OrderByDescending(a => a.GetName().Version)
            .FirstOrDefault();
    }
}
