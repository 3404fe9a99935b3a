using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MsClr.Kit.Interactive;

/// <summary>
/// Runs when the kit assembly is first used, in any host: the kit's own apps, the headless notebook runner, or a
/// .NET Interactive kernel that loaded the kit with <c>#r</c>. Each step is a no-op outside a kernel.
/// </summary>
internal static class HostCompatibility
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "The fixes must be in place before a notebook's first chart or tensor call, and a notebook has no entry point of the kit to call first.")]
    internal static void Install()
    {
        FSharpCoreUnification.Install();
        LibTorchBinding.Install();
        KernelFormatters.RegisterInKernel();
    }
}
