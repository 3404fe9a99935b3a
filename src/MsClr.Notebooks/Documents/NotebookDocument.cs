using System.Text.Json.Nodes;

namespace MsClr.Notebooks.Documents;

/// <summary>
/// A Polyglot notebook read from <c>.ipynb</c> or <c>.dib</c>. Writing an .ipynb that was read from one keeps its
/// JSON and replaces only the C# cells' outputs and execution counts; a .dib becomes a fresh Polyglot .ipynb.
/// </summary>
public sealed class NotebookDocument
{
    internal NotebookDocument(string? path, NotebookFileFormat format, string defaultKernelName, IReadOnlyList<NotebookCell> cells, JsonObject? json)
    {
        Path = path;
        Format = format;
        DefaultKernelName = defaultKernelName;
        Cells = cells;
        Json = json;
    }

    /// <summary>Where the notebook was read from; null when parsed from text.</summary>
    public string? Path { get; }

    /// <summary>The file format it was read from.</summary>
    public NotebookFileFormat Format { get; }

    /// <summary>The kernel of cells that name none: the notebook's <c>defaultKernelName</c>, else <c>csharp</c>.</summary>
    public string DefaultKernelName { get; }

    /// <summary>Every cell in order; cell numbers in messages are 1-based positions in this list.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The notebook's display name: the file name without extension.</summary>
    public string Name => Path is null ? "notebook" : System.IO.Path.GetFileNameWithoutExtension(Path);

    internal JsonObject? Json { get; }

    /// <summary>Reads a <c>.ipynb</c> or <c>.dib</c> file, chosen by extension.</summary>
    /// <exception cref="FormatException">The file is not a notebook; the message names the file.</exception>
    public static NotebookDocument Load(string path)
    {
        var text = File.ReadAllText(path);
        return System.IO.Path.GetExtension(path).Equals(".dib", StringComparison.OrdinalIgnoreCase)
            ? ParseDib(text, path)
            : ParseIpynb(text, path);
    }

    /// <summary>Parses nbformat 4 JSON.</summary>
    /// <exception cref="FormatException">Not nbformat 4 JSON.</exception>
    public static NotebookDocument ParseIpynb(string json, string? path = null) => IpynbFormat.Read(json, path);

    /// <summary>Parses a Polyglot <c>.dib</c>.</summary>
    public static NotebookDocument ParseDib(string text, string? path = null) => DibFormat.Read(text, path);

    /// <summary>An empty notebook standing for a file that could not be read.</summary>
    public static NotebookDocument Empty(string? path) => new(path, NotebookFileFormat.Ipynb, KernelNames.CSharp, [], null);

    /// <summary>The notebook as .ipynb JSON (indented, as Polyglot writes it).</summary>
    public string ToIpynb() => IpynbFormat.Write(this);

    /// <summary>The notebook as .dib text (outputs are not part of a .dib).</summary>
    public string ToDib() => DibFormat.Write(this);

    /// <summary>Writes the notebook as .dib when <paramref name="path"/> ends in <c>.dib</c>, otherwise as .ipynb.</summary>
    public void Save(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var dib = System.IO.Path.GetExtension(full).Equals(".dib", StringComparison.OrdinalIgnoreCase);
        File.WriteAllText(full, dib ? ToDib() : ToIpynb());
    }
}
