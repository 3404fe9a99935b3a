namespace MsClr.Notebooks.Formatting;

/// <summary>
/// Script libraries inlined into HTML outputs, marked with a key so that a page holding many outputs (the report)
/// can keep one copy of each: <c>&lt;script type="text/javascript" data-msclr-embed="KEY"&gt;…&lt;/script&gt;</c>.
/// </summary>
public static class EmbeddedScripts
{
    private const string Open = "<script type=\"text/javascript\" data-msclr-embed=\"";
    private const string Close = "</script>";

    /// <summary>A marked inline script block.</summary>
    public static string Block(string key, string javaScript) => $"{Open}{key}\">{javaScript}{Close}";

    /// <summary>The HTML without its marked blocks, and each block's script by key (first copy wins).</summary>
    public static (string Html, IReadOnlyDictionary<string, string> Scripts) Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new System.Text.StringBuilder();
        var position = 0;
        while (html.IndexOf(Open, position, StringComparison.Ordinal) is var start and >= 0)
        {
            var keyEnd = html.IndexOf("\">", start + Open.Length, StringComparison.Ordinal);
            var end = keyEnd < 0 ? -1 : html.IndexOf(Close, keyEnd, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            rest.Append(html, position, start - position);
            scripts.TryAdd(html[(start + Open.Length)..keyEnd], html[(keyEnd + 2)..end]);
            position = end + Close.Length;
        }

        rest.Append(html, position, html.Length - position);
        return (rest.ToString(), scripts);
    }
}
