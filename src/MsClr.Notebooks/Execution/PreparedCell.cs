namespace MsClr.Notebooks.Execution;

/// <summary>A C# cell made ready for Roslyn scripting: directives it cannot run commented out, with what that found.</summary>
/// <param name="Code">The code to compile; same line count as the cell.</param>
/// <param name="Warnings">Version mismatches of provided packages.</param>
/// <param name="Error">Set when the cell needs something the runner cannot provide (an unknown NuGet package).</param>
internal sealed record PreparedCell(string Code, IReadOnlyList<string> Warnings, string? Error);
