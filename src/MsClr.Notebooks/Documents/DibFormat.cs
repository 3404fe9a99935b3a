using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MsClr.Notebooks.Documents;

/// <summary>
/// Polyglot's <c>.dib</c>: an optional <c>#!meta</c> block with one line of JSON, then cells that each start with a
/// <c>#!kernel</c> line. Other <c>#!</c> lines (<c>#!time</c>, <c>#!set</c>) are magic commands inside a cell.
/// </summary>
internal static class DibFormat
{
    public static NotebookDocument Read(string text, string? path)
    {
        var lines = JupyterText.SplitLines(text);
        var defaultKernel = KernelNames.CSharp;
        var cells = new List<NotebookCell>();
        string? kernel = null;
        var body = new List<string>();

        void Flush()
        {
            var source = JupyterText.TrimBlankLines(body);
            if (kernel == "meta")
            {
                defaultKernel = ReadMeta(source, path) ?? defaultKernel;
            }
            else if (kernel is not null || source.Length > 0)
            {
                var name = kernel ?? defaultKernel;
                var type = name == KernelNames.Markdown ? NotebookCellType.Markdown : NotebookCellType.Code;
                cells.Add(new NotebookCell(type, name, source));
            }

            body.Clear();
        }

        foreach (var line in lines)
        {
            var selector = line.TrimEnd() == "#!meta" && kernel is null && cells.Count == 0 ? "meta" : KernelNames.FromSelectorLine(line);
            if (selector is null)
            {
                body.Add(line);
                continue;
            }

            Flush();
            kernel = selector;
        }

        Flush();
        return new NotebookDocument(path, NotebookFileFormat.Dib, defaultKernel, cells, null);
    }

    public static string Write(NotebookDocument document)
    {
        var meta = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = document.DefaultKernelName,
                ["items"] = new JsonArray(new JsonObject
                {
                    ["aliases"] = new JsonArray(),
                    ["languageName"] = document.DefaultKernelName,
                    ["name"] = document.DefaultKernelName,
                }),
            },
        };
        var text = new StringBuilder("#!meta\n\n").Append(meta.ToJsonString()).Append('\n');
        foreach (var cell in document.Cells.Where(cell => cell.Type != NotebookCellType.Raw))
        {
            text.Append("\n#!").Append(cell.KernelName).Append("\n\n").Append(cell.Source).Append('\n');
        }

        return text.ToString();
    }

    private static string? ReadMeta(string json, string? path)
    {
        try
        {
            var name = JsonNode.Parse(json)?["kernelInfo"]?["defaultKernelName"];
            return name is JsonValue value && value.TryGetValue<string>(out var kernel) ? KernelNames.Normalize(kernel) : null;
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path ?? "notebook"}: the #!meta block is not valid JSON ({e.Message})", e);
        }
    }
}
