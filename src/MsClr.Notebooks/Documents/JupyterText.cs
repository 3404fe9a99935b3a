using System.Text;
using System.Text.Json.Nodes;

namespace MsClr.Notebooks.Documents;

/// <summary>nbformat's multiline strings: a string or an array of lines that each keep their trailing newline.</summary>
internal static class JupyterText
{
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(Read)),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>Splits on <c>\n</c>, dropping a <c>\r</c> before it.</summary>
    public static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>The lines without leading and trailing blank ones, joined with <c>\n</c>.</summary>
    public static string TrimBlankLines(IReadOnlyList<string> lines)
    {
        var first = 0;
        var last = lines.Count - 1;
        while (first <= last && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        while (last >= first && string.IsNullOrWhiteSpace(lines[last]))
        {
            last--;
        }

        var text = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            text.Append(lines[i]).Append(i < last ? "\n" : "");
        }

        return text.ToString();
    }
}
