using System.Text.Json.Nodes;

namespace MsClr.Kit.Tests.Notebooks;

/// <summary>Small Polyglot notebooks written by the tests into their own temp folders.</summary>
internal static class TestNotebooks
{
    /// <summary>A fresh folder under the temp directory.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"msclr-notebooks-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>An .ipynb with VS Code's Polyglot notebook metadata (default kernel C#).</summary>
    public static JsonObject Ipynb(params JsonObject[] cells) => new()
    {
        ["cells"] = new JsonArray([.. cells]),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            ["polyglot_notebook"] = new JsonObject
            {
                ["kernelInfo"] = new JsonObject
                {
                    ["defaultKernelName"] = "csharp",
                    ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                },
            },
            ["custom"] = "kept",
        },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    /// <summary>A code cell whose source is stored as an array of lines, as Polyglot writes it.</summary>
    public static JsonObject Code(string source, string kernel = "csharp") => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel } },
        ["outputs"] = new JsonArray(),
        ["source"] = Lines(source),
    };

    /// <summary>A markdown cell.</summary>
    public static JsonObject Markdown(string source) => new()
    {
        ["cell_type"] = "markdown",
        ["metadata"] = new JsonObject(),
        ["source"] = Lines(source),
    };

    /// <summary>Writes the notebook and returns its path.</summary>
    public static string Write(string folder, string name, JsonObject notebook)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    /// <summary>Writes a .dib made of (kernel, source) cells and returns its path.</summary>
    public static string WriteDib(string folder, string name, params (string Kernel, string Source)[] cells)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Concat(cells.Select(cell => $"#!{cell.Kernel}\n\n{cell.Source}\n\n")));
        return path;
    }

    private static JsonArray Lines(string source)
    {
        var lines = source.Split('\n');
        return new JsonArray([.. lines.Select((line, i) => (JsonNode)(i < lines.Length - 1 ? line + "\n" : line))]);
    }
}
