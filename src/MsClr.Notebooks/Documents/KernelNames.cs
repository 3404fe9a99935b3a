namespace MsClr.Notebooks.Documents;

/// <summary>Polyglot kernel names and their aliases, normalised to the kernel's name (<c>c#</c> → <c>csharp</c>).</summary>
internal static class KernelNames
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";

    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = CSharp, ["c#"] = CSharp, ["cs"] = CSharp,
        ["fsharp"] = "fsharp", ["f#"] = "fsharp", ["fs"] = "fsharp",
        ["pwsh"] = "pwsh", ["powershell"] = "pwsh",
        ["markdown"] = Markdown, ["md"] = Markdown,
        ["javascript"] = "javascript", ["js"] = "javascript",
        ["html"] = "html", ["sql"] = "sql", ["kql"] = "kql", ["mermaid"] = "mermaid", ["http"] = "http", ["value"] = "value",
    };

    /// <summary>The canonical name of a known kernel or alias; null for anything else (a magic command such as <c>time</c>).</summary>
    public static string? Known(string name) => Canonical.GetValueOrDefault(name.Trim());

    /// <summary>The canonical name when known, otherwise the name itself in lower case.</summary>
    public static string Normalize(string name) => Known(name) ?? name.Trim().ToLowerInvariant();

    /// <summary>The kernel a <c>#!name</c> line selects, or null when the line is no kernel selector.</summary>
    public static string? FromSelectorLine(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.StartsWith("#!", StringComparison.Ordinal) && !trimmed.Contains(' ', StringComparison.Ordinal)
            ? Known(trimmed[2..])
            : null;
    }

    /// <summary>Maps a Jupyter <c>kernelspec</c> language (<c>C#</c>, <c>F#</c>, <c>PowerShell</c>) or name (<c>.net-csharp</c>).</summary>
    public static string? FromKernelSpec(string? language, string? name)
    {
        if (language is not null && Known(language) is { } fromLanguage)
        {
            return fromLanguage;
        }

        return name is not null && name.StartsWith(".net-", StringComparison.OrdinalIgnoreCase) ? Known(name[5..]) : null;
    }
}
