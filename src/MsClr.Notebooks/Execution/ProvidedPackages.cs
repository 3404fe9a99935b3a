using System.Reflection;
using MsClr.Kit.Skeletons;

namespace MsClr.Notebooks.Execution;

/// <summary>
/// The NuGet packages whose assemblies the runner references itself, so that a notebook's setup cell
/// <c>#r "nuget: X, v"</c> needs no download. Versions come from Directory.Packages.props (embedded at build time).
/// </summary>
internal static class ProvidedPackages
{
    private const string KitPackage = "MsClr.Kit";
    private static readonly string[] Exact =
    [
        KitPackage, "Plotly.NET", "Plotly.NET.CSharp", "Microsoft.Data.Analysis", "Parquet.Net",
        "Microsoft.DotNet.Interactive.Formatting", "Spectre.Console",
    ];

    // Any TorchSharp / libtorch package (cpu, cuda-linux, …) maps to the backend this build was made with.
    private static readonly string[] Families = ["TorchSharp", "libtorch"];

    private static readonly Dictionary<string, string> Versions = ReadVersions();

    /// <summary>The provided names and families, for messages.</summary>
    public static string Description { get; } = string.Join(", ", Exact.Concat(Families.Select(family => family + "*")));

    public static bool IsProvided(string package) =>
        Exact.Contains(package, StringComparer.OrdinalIgnoreCase)
        || Families.Any(family => package.StartsWith(family, StringComparison.OrdinalIgnoreCase));

    /// <summary>The version the runner provides for a package (or its family); null when unknown.</summary>
    public static string? VersionOf(string package)
    {
        if (Versions.TryGetValue(package, out var version))
        {
            return version;
        }

        var family = Families.FirstOrDefault(f => package.StartsWith(f, StringComparison.OrdinalIgnoreCase));
        return family is null ? null : Versions.Where(v => v.Key.StartsWith(family, StringComparison.OrdinalIgnoreCase)).Select(v => v.Value).FirstOrDefault();
    }

    private static Dictionary<string, string> ReadVersions()
    {
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in typeof(ProvidedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key.StartsWith("nuget:", StringComparison.Ordinal) && !string.IsNullOrEmpty(attribute.Value))
            {
                versions[attribute.Key["nuget:".Length..]] = attribute.Value;
            }
        }

        var kit = typeof(SkeletonFormats).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (kit is not null)
        {
            versions[KitPackage] = kit.Split('+')[0];
        }

        return versions;
    }
}
