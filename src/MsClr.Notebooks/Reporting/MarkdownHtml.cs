using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MsClr.Notebooks.Reporting;

/// <summary>
/// A small markdown → HTML converter for notebook text: headings, paragraphs, fenced code, bullet and numbered lists,
/// pipe tables, block quotes, rules, and inline code, bold, italics and links. Raw HTML is escaped. Absolute links
/// and images are written as text so the report never points at the network.
/// </summary>
internal static partial class MarkdownHtml
{
    public static string ToHtml(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var html = new StringBuilder();
        var paragraph = new List<string>();
        string? list = null;
        var item = new List<string>();

        void CloseItem()
        {
            if (item.Count > 0)
            {
                html.Append("<li>").Append(Inline(string.Join(' ', item))).Append("</li>\n");
                item.Clear();
            }
        }

        void CloseParagraph()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").Append(Inline(string.Join(' ', paragraph))).Append("</p>\n");
                paragraph.Clear();
            }
        }

        void CloseList()
        {
            CloseItem();
            if (list is not null)
            {
                html.Append("</").Append(list).Append(">\n");
                list = null;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                CloseParagraph();
                CloseList();
                var code = new List<string>();
                while (++i < lines.Length && !lines[i].Trim().StartsWith("```", StringComparison.Ordinal))
                {
                    code.Add(lines[i]);
                }

                html.Append("<pre><code>").Append(WebUtility.HtmlEncode(string.Join('\n', code))).Append("</code></pre>\n");
            }
            else if (trimmed.Length == 0)
            {
                CloseParagraph();
                CloseList();
            }
            else if (Heading().Match(trimmed) is { Success: true } heading)
            {
                CloseParagraph();
                CloseList();
                var level = heading.Groups[1].Length;
                html.Append($"<h{level}>").Append(Inline(heading.Groups[2].Value.TrimEnd('#', ' '))).Append($"</h{level}>\n");
            }
            else if (Rule().IsMatch(trimmed))
            {
                CloseParagraph();
                CloseList();
                html.Append("<hr>\n");
            }
            else if (trimmed.StartsWith('|') && i + 1 < lines.Length && TableRule().IsMatch(lines[i + 1].Trim()))
            {
                CloseParagraph();
                CloseList();
                i = Table(lines, i, html);
            }
            else if (ListItem().Match(line) is { Success: true } listItem)
            {
                CloseParagraph();
                CloseItem();
                var kind = char.IsDigit(listItem.Groups[1].Value[0]) ? "ol" : "ul";
                if (list != kind)
                {
                    CloseList();
                    html.Append('<').Append(kind).Append(">\n");
                    list = kind;
                }

                item.Add(listItem.Groups[2].Value);
            }
            else if (trimmed.StartsWith('>'))
            {
                CloseParagraph();
                CloseList();
                html.Append("<blockquote>").Append(Inline(trimmed.TrimStart('>', ' '))).Append("</blockquote>\n");
            }
            else if (item.Count > 0)
            {
                // A line right after a list item continues it (indented or not, as in CommonMark).
                item.Add(trimmed);
            }
            else
            {
                CloseList();
                paragraph.Add(trimmed);
            }
        }

        CloseParagraph();
        CloseList();
        return html.ToString();
    }

    /// <summary>Inline markup of one block's text: escaped first, then code spans are set aside so nothing inside them changes.</summary>
    internal static string Inline(string text)
    {
        var spans = new List<string>();
        var escaped = CodeSpan().Replace(WebUtility.HtmlEncode(text), m =>
        {
            spans.Add($"<code>{m.Groups[1].Value}</code>");
            return $"\u0000{spans.Count - 1}\u0000";
        });
        escaped = Image().Replace(escaped, m => $"<em>{m.Groups[1].Value}</em>");
        escaped = Link().Replace(escaped, m => IsAbsolute(m.Groups[2].Value)
            ? $"{m.Groups[1].Value} (<span class=\"url\">{m.Groups[2].Value}</span>)"
            : $"<a href=\"{m.Groups[2].Value}\">{m.Groups[1].Value}</a>");
        escaped = Bold().Replace(escaped, m => $"<strong>{FirstGroup(m)}</strong>");
        escaped = Italic().Replace(escaped, m => $"<em>{FirstGroup(m)}</em>");
        return Placeholder().Replace(escaped, m => spans[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    private static string FirstGroup(Match match) => match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;

    private static bool IsAbsolute(string url) => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal);

    private static int Table(string[] lines, int start, StringBuilder html)
    {
        static string[] Cells(string row) => row.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
        html.Append("<table>\n<thead><tr>");
        foreach (var header in Cells(lines[start]))
        {
            html.Append("<th>").Append(Inline(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        var i = start + 2;
        for (; i < lines.Length && lines[i].Trim().StartsWith('|'); i++)
        {
            html.Append("<tr>").AppendJoin("", Cells(lines[i]).Select(cell => $"<td>{Inline(cell)}</td>")).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return i - 1;
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(-{3,}|\*{3,}|_{3,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+(.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!\[([^\]]*)\]\(([^)\s]*)[^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)[^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*|__(.+?)__")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")]
    private static partial Regex Italic();

    [GeneratedRegex("\u0000(\\d+)\u0000")]
    private static partial Regex Placeholder();
}
