using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using MsClr.Kit.Skeletons;
using MsClr.Notebooks.Scripting;
using Plotly.NET;
using Spectre.Console;

namespace MsClr.Notebooks.Execution;

/// <summary>
/// The references and imports every notebook compiles against: the whole shared framework (Plotly.NET targets
/// netstandard2.0, so netstandard.dll and the facades are needed) plus the kit and the provided packages with their
/// dependencies. Built once per process; metadata references are immutable and shared across runs.
/// </summary>
internal static class ScriptEnvironment
{
    /// <summary>The namespaces every cell starts with.</summary>
    public static readonly string[] Imports =
    [
        // The .NET Interactive C# kernel's default usings, so that a cell passing here compiles there too.
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
        typeof(NotebookDisplayExtensions).Namespace!,
    ];

    private static readonly Lazy<ScriptOptions> Base = new(Create);

    /// <summary>Options for one notebook: relative <c>#r "x.dll"</c> paths resolve against the notebook's folder.</summary>
    public static ScriptOptions For(string? notebookDirectory) =>
        Base.Value.WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory ?? Directory.GetCurrentDirectory()));

    private static ScriptOptions Create() => ScriptOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithOptimizationLevel(OptimizationLevel.Debug)
        .WithEmitDebugInformation(true)
        .WithAllowUnsafe(true)
        .WithReferences(ReferencePaths().Select(path => MetadataReference.CreateFromFile(path)))
        .WithImports(Imports);

    private static IEnumerable<string> ReferencePaths()
    {
        var runtime = Path.TrimEndingDirectorySeparator(Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory()));
        var framework = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(Path.GetFullPath(path)), runtime, StringComparison.Ordinal))
            .GroupBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        var provided = Closure(
            typeof(SkeletonFormats).Assembly, typeof(NotebookGlobals).Assembly, typeof(GenericChart).Assembly,
            typeof(Plotly.NET.CSharp.Chart).Assembly, typeof(DataFrame).Assembly, typeof(Parquet.ParquetReader).Assembly,
            typeof(TorchSharp.torch).Assembly, typeof(Formatter).Assembly, typeof(AnsiConsole).Assembly);
        return framework.Values.Concat(provided.Where(a => !framework.ContainsKey(a.GetName().Name!)).Select(a => a.Location)).Distinct();
    }

    private static List<Assembly> Closure(params Assembly[] seeds)
    {
        var found = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>(seeds);
        while (pending.TryPop(out var assembly))
        {
            if (string.IsNullOrEmpty(assembly.Location) || !found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (!found.ContainsKey(name.Name!) && TryLoad(name) is { } referenced)
                {
                    pending.Push(referenced);
                }
            }
        }

        return [.. found.Values];
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null; // an optional dependency the app does not ship; scripts cannot use it either
        }
    }
}
