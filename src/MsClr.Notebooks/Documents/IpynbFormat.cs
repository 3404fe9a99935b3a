using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MsClr.Notebooks.Documents;

/// <summary>Reads and writes nbformat 4 as Polyglot Notebooks do (kernel from cell metadata, a leading <c>#!kernel</c> line, or the notebook default).</summary>
internal static class IpynbFormat
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps HTML outputs readable in the file; the JSON stays valid
    };

    public static NotebookDocument Read(string text, string? path)
    {
        JsonNode? parsedRoot;
        try
        {
            parsedRoot = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path ?? "notebook"}: not valid JSON ({e.Message})", e);
        }

        var root = parsedRoot as JsonObject ?? throw new FormatException($"{path ?? "notebook"}: the top level is not a JSON object");

        if (root["cells"] is not JsonArray cells || root["nbformat"]?.GetValue<int>() != 4)
        {
            throw new FormatException($"{path ?? "notebook"}: expected nbformat 4 with a 'cells' array");
        }

        var defaultKernel = DefaultKernel(root["metadata"] as JsonObject);
        var parsed = cells.Select((node, i) => ReadCell(node as JsonObject
            ?? throw new FormatException($"{path ?? "notebook"}: cell {i + 1} is not a JSON object"), defaultKernel)).ToList();
        return new NotebookDocument(path, NotebookFileFormat.Ipynb, defaultKernel, parsed, root);
    }

    public static string Write(NotebookDocument document)
    {
        var root = document.Json?.DeepClone().AsObject() ?? NewRoot(document.DefaultKernelName);
        if (document.Json is null)
        {
            root["cells"] = new JsonArray([.. document.Cells.Select((cell, i) => (JsonNode)NewCell(cell, i))]);
        }
        else
        {
            var cells = root["cells"]!.AsArray();
            for (var i = 0; i < document.Cells.Count; i++)
            {
                if (document.Cells[i].IsCSharp)
                {
                    SetOutputs(cells[i]!.AsObject(), document.Cells[i]);
                }
            }
        }

        return root.ToJsonString(Indented) + "\n";
    }

    private static NotebookCell ReadCell(JsonObject json, string defaultKernel)
    {
        var source = JupyterText.Read(json["source"]);
        var type = json["cell_type"]?.GetValue<string>() switch
        {
            "markdown" => NotebookCellType.Markdown,
            "raw" => NotebookCellType.Raw,
            _ => NotebookCellType.Code,
        };
        var metadata = json["metadata"] as JsonObject;
        var firstLine = JupyterText.SplitLines(source)[0];
        var kernel = KernelNames.FromSelectorLine(firstLine)
            ?? StringAt(metadata, "polyglot_notebook", "kernelName")
            ?? StringAt(metadata, "dotnet_interactive", "language")
            ?? defaultKernel;
        var cell = new NotebookCell(type, kernel, source, json["id"]?.GetValue<string>()) { Json = json };
        if (type == NotebookCellType.Code)
        {
            cell.ExecutionCount = json["execution_count"]?.GetValue<int>();
            if (json["outputs"] is JsonArray outputs)
            {
                cell.Outputs.AddRange(outputs.OfType<JsonObject>().Select(NotebookOutput.FromJson).OfType<NotebookOutput>());
            }
        }

        return cell;
    }

    // A kernelspec naming a language Polyglot does not run (e.g. a Jupyter Python notebook) keeps that language, so its
    // cells are reported and skipped rather than compiled as C#; only a notebook with no kernel information defaults to C#.
    private static string DefaultKernel(JsonObject? metadata)
    {
        if (StringAt(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName") is { } polyglot)
        {
            return KernelNames.Normalize(polyglot);
        }

        var (language, name) = (StringAt(metadata, "kernelspec", "language"), StringAt(metadata, "kernelspec", "name"));
        return KernelNames.FromKernelSpec(language, name) ?? (language ?? name)?.ToLowerInvariant() ?? KernelNames.CSharp;
    }

    private static string? StringAt(JsonObject? json, params string[] keys)
    {
        JsonNode? node = json;
        foreach (var key in keys)
        {
            node = (node as JsonObject)?[key];
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    private static void SetOutputs(JsonObject json, NotebookCell cell)
    {
        json["execution_count"] = cell.ExecutionCount;
        json["outputs"] = new JsonArray([.. cell.Outputs.Select(output => (JsonNode)output.ToJson())]);
    }

    private static JsonObject NewCell(NotebookCell cell, int index)
    {
        var id = cell.Id ?? $"cell-{index + 1}";
        if (cell.Type != NotebookCellType.Code)
        {
            return new JsonObject
            {
                ["cell_type"] = cell.Type == NotebookCellType.Markdown ? "markdown" : "raw",
                ["id"] = id,
                ["metadata"] = new JsonObject(),
                ["source"] = JupyterText.ToLines(cell.Source),
            };
        }

        var json = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = id,
            ["metadata"] = new JsonObject
            {
                ["dotnet_interactive"] = new JsonObject { ["language"] = cell.KernelName },
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = cell.KernelName },
            },
            ["outputs"] = new JsonArray(),
            ["source"] = JupyterText.ToLines(cell.Source),
        };
        SetOutputs(json, cell);
        return json;
    }

    private static JsonObject NewRoot(string defaultKernel) => new()
    {
        ["cells"] = new JsonArray(),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            ["polyglot_notebook"] = new JsonObject
            {
                ["kernelInfo"] = new JsonObject
                {
                    ["defaultKernelName"] = defaultKernel,
                    ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = defaultKernel }),
                },
            },
        },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };
}
