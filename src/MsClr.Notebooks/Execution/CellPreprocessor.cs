using System.Text.RegularExpressions;
using MsClr.Notebooks.Documents;

namespace MsClr.Notebooks.Execution;

/// <summary>
/// Turns a Polyglot C# cell into plain C# script. <c>#r "nuget: X, v"</c> of a provided package, <c>#r "…/MsClr.Kit.dll"</c>,
/// <c>#i</c> sources and <c>#!</c> magic commands are commented out, so that diagnostics keep the cell's line numbers.
/// </summary>
internal static partial class CellPreprocessor
{
    public static PreparedCell Prepare(string source, int cellNumber)
    {
        var lines = JupyterText.SplitLines(source);
        var warnings = new List<string>();
        string? error = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var nuget = NuGetReference().Match(line);
            if (nuget.Success)
            {
                var name = nuget.Groups["name"].Value;
                var version = nuget.Groups["version"].Success ? nuget.Groups["version"].Value : null;
                if (!ProvidedPackages.IsProvided(name))
                {
                    error ??= $"cell {cellNumber}: package '{name}' ({line.Trim()}) is not provided by the headless runner, which has no NuGet access; "
                        + $"it provides {ProvidedPackages.Description}";
                    continue;
                }

                var provided = ProvidedPackages.VersionOf(name);
                if (version is not null && provided is not null && !string.Equals(version, provided, StringComparison.OrdinalIgnoreCase))
                {
                    warnings.Add($"cell {cellNumber}: '{line.Trim()}' asks for {name} {version}; the runner provides {provided}");
                }

                lines[i] = "// " + line;
            }
            else if (KitReference().IsMatch(line) || SourceDirective().IsMatch(line) || line.TrimStart().StartsWith("#!", StringComparison.Ordinal))
            {
                lines[i] = "// " + line;
            }
        }

        return new PreparedCell(string.Join('\n', lines), warnings, error);
    }

    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<name>[^,"]+?)\s*(,\s*(?<version>[^"]+?)\s*)?"\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^\s*#r\s+"[^"]*MsClr\.Kit\.dll"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex KitReference();

    [GeneratedRegex(@"^\s*#i\s+""")]
    private static partial Regex SourceDirective();
}

/// <summary>A C# cell made ready for Roslyn scripting: directives it cannot run commented out, with what that found.</summary>
/// <param name="Code">The code to compile; same line count as the cell.</param>
/// <param name="Warnings">Version mismatches of provided packages.</param>
/// <param name="Error">Set when the cell needs something the runner cannot provide (an unknown NuGet package).</param>
internal sealed record PreparedCell(string Code, IReadOnlyList<string> Warnings, string? Error);
