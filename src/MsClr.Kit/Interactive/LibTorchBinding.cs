using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using TorchSharp;

namespace MsClr.Kit.Interactive;

/// <summary>
/// Keeps TorchSharp on the LibTorch of its own NuGet packages when it runs from the NuGet package folder (a notebook
/// kernel's <c>#r "nuget: TorchSharp"</c>), even when the system has a <c>libtorch_cpu.so</c> of its own (Debian's
/// <c>libtorch-dev</c> / <c>python3-torch</c> install LibTorch 1.13).
/// </summary>
/// <remarks>
/// TorchSharp's loader first loads <c>torch_cpu</c> by bare name. In an application that name resolves to the copy
/// next to the app (deps.json), but in a kernel it falls through to the system loader path and picks the system
/// library; TorchSharp's own <c>libLibTorchSharp.so</c> then binds to that wrong LibTorch and the first tensor call
/// throws. (<c>NativeLibrary.TryLoad(name, assembly, …)</c> does not consult a DllImport resolver, so one cannot
/// redirect it.) Instead this does TorchSharp's own fallback first: it gathers the natives of the TorchSharp and
/// <c>libtorch-cpu-linux-x64</c> packages into TorchSharp's <c>cpu/</c> folder (copying only what is missing) and loads
/// <c>libLibTorchSharp.so</c> from there by path; its <c>$ORIGIN</c> run path binds the matching LibTorch beside it,
/// and TorchSharp's later by-name loads find those already-loaded libraries.
/// </remarks>
public static partial class LibTorchBinding
{
    private static int installed;

    /// <summary>Preloads the package LibTorch once per process when TorchSharp was loaded from a NuGet package folder on Linux x64.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1 || !OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return;
        }

        var torchSharp = typeof(torch).Assembly;
        if (!IsPackageFolderLayout(torchSharp.Location))
        {
            return;
        }

        try
        {
            var consolidated = Consolidate(torchSharp);
            if (consolidated is not null)
            {
                NativeLibrary.TryLoad(Path.Combine(consolidated, "libLibTorchSharp.so"), out _);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // TorchSharp's own loader tries the same again and reports what is missing.
        }
    }

    /// <summary>True for <c>…/torchsharp/&lt;version&gt;/lib/&lt;tfm&gt;/TorchSharp.dll</c>, the layout TorchSharp's own loader consolidates natives for.</summary>
    internal static bool IsPackageFolderLayout(string assemblyLocation)
    {
        if (string.IsNullOrEmpty(assemblyLocation))
        {
            return false;
        }

        var tfm = Path.GetDirectoryName(assemblyLocation);
        var lib = tfm is null ? null : Path.GetDirectoryName(tfm);
        var version = lib is null ? null : Path.GetDirectoryName(lib);
        var package = version is null ? null : Path.GetFileName(Path.GetDirectoryName(version));
        return lib is not null && Path.GetFileName(lib) == "lib" && string.Equals(package, "torchsharp", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The consolidated folder (TorchSharp's <c>lib/&lt;tfm&gt;/cpu</c>), or null when the LibTorch package is not restored.</summary>
    private static string? Consolidate(Assembly torchSharp)
    {
        const string rid = "linux-x64";
        var location = Path.GetDirectoryName(torchSharp.Location)!;
        var home = Path.GetFullPath(Path.Combine(location, "..", ".."));
        var packages = Path.GetFullPath(Path.Combine(home, "..", ".."));
        // A const: reading it does not run torch's static constructor (which would load the natives).
        var constant = typeof(torch).GetField("libtorchPackageVersion", BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue() as string;
        if (!Version.TryParse(constant, out var version))
        {
            return null;
        }

        // NuGet folders use the normalized version: 2.10.0.0 is restored as 2.10.0.
        var libtorchVersion = version.Revision > 0 ? version.ToString() : version.ToString(3);

        string[] sources =
        [
            Path.Combine(packages, $"libtorch-cpu-{rid}", libtorchVersion, "runtimes", rid, "native"),
            Path.Combine(home, "runtimes", rid, "native"),
        ];
        if (!sources.All(Directory.Exists))
        {
            return null;
        }

        var target = Path.Combine(location, "cpu");
        Directory.CreateDirectory(target);
        foreach (var file in sources.SelectMany(Directory.GetFiles).Where(f => NativeFile().IsMatch(Path.GetFileName(f))))
        {
            var copy = Path.Combine(target, Path.GetFileName(file));
            if (!File.Exists(copy) || new FileInfo(copy).Length != new FileInfo(file).Length)
            {
                var partial = copy + ".msclr-partial";
                File.Copy(file, partial, overwrite: true);
                File.Move(partial, copy, overwrite: true);
            }
        }

        return target;
    }

    [GeneratedRegex(@"^.*\.so(\.\d+)*$")]
    private static partial Regex NativeFile();
}
