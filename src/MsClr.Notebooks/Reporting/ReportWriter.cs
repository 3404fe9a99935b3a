using System.Globalization;
using System.Net;
using System.Text;
using MsClr.Notebooks.Documents;
using MsClr.Notebooks.Execution;
using MsClr.Notebooks.Formatting;

namespace MsClr.Notebooks.Reporting;

/// <summary>
/// One self-contained HTML page for a set of notebook runs: a summary table, then each notebook's markdown, code and
/// outputs. It works offline: script libraries that outputs embed (plotly.js) appear once, in the head, and nothing
/// refers to a network address.
/// </summary>
public static class ReportWriter
{
    /// <summary>The report's file name in the output folder.</summary>
    public const string FileName = "report.html";

    /// <summary>Writes <see cref="Render"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, IReadOnlyList<NotebookResult> results, string title = "MsClr.Kit notebooks")
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Render(results, title));
    }

    /// <summary>The report page.</summary>
    public static string Render(IReadOnlyList<NotebookResult> results, string title = "MsClr.Kit notebooks")
    {
        ArgumentNullException.ThrowIfNull(results);
        var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        body.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        body.Append("<table class=\"summary\">\n<thead><tr><th>notebook</th><th>budget</th><th>cells run</th><th>seconds</th><th>status</th></tr></thead>\n<tbody>\n");
        for (var n = 0; n < results.Count; n++)
        {
            var result = results[n];
            body.Append(CultureInfo.InvariantCulture, $"<tr class=\"{(result.Succeeded ? "ok" : "failed")}\"><td><a href=\"#notebook-{n + 1}\">{Encode(result.Document.Name)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Encode(result.Budget)}</td><td>{result.CellsRun}/{result.CSharpCells}</td><td>{result.Elapsed.TotalSeconds:F1}</td><td>{Encode(result.Status)}</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        for (var n = 0; n < results.Count; n++)
        {
            AppendNotebook(body, results[n], n + 1, scripts);
        }

        var page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n");
        foreach (var (key, script) in scripts)
        {
            page.Append(EmbeddedScripts.Block(key, script)).Append('\n');
        }

        return page.Append("</head>\n<body>\n").Append(body).Append("</body>\n</html>\n").ToString();
    }

    private static void AppendNotebook(StringBuilder html, NotebookResult result, int number, Dictionary<string, string> scripts)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"notebook\" id=\"notebook-{number}\">\n<h2>{Encode(result.Document.Name)}</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Encode(result.Path)} · budget {Encode(result.Budget)} · {result.CellsRun} of {result.CSharpCells} C# cells run · {result.Elapsed.TotalSeconds:F1} s · {Encode(result.Status)}</p>\n");
        foreach (var warning in result.Warnings)
        {
            html.Append("<p class=\"warning\">").Append(Encode(warning)).Append("</p>\n");
        }

        foreach (var cell in result.Document.Cells)
        {
            if (cell.Type == NotebookCellType.Markdown)
            {
                html.Append("<div class=\"markdown\">\n").Append(MarkdownHtml.ToHtml(cell.Source)).Append("</div>\n");
                continue;
            }

            var count = cell.ExecutionCount?.ToString(CultureInfo.InvariantCulture) ?? " ";
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"cell\">\n<details><summary>[{count}] {Encode(cell.KernelName)}</summary><pre class=\"code\">{Encode(cell.Source)}</pre></details>\n");
            foreach (var output in cell.Outputs)
            {
                html.Append(Output(output, scripts));
            }

            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static string Output(NotebookOutput output, Dictionary<string, string> scripts)
    {
        switch (output.Kind)
        {
            case NotebookOutputKind.Stream:
                return $"<pre class=\"stream {Encode(output.StreamName ?? "")}\">{Encode(output.Text ?? "")}</pre>\n";
            case NotebookOutputKind.Error:
                var trace = string.Join('\n', output.Traceback);
                return $"<pre class=\"error\"><strong>{Encode(output.ErrorName ?? "")}</strong>: {Encode(output.ErrorValue ?? "")}\n{Encode(trace)}</pre>\n";
        }

        var data = output.Data;
        if (data.TryGetValue("text/html", out var html))
        {
            var (rest, found) = EmbeddedScripts.Extract(html);
            foreach (var (key, script) in found)
            {
                scripts.TryAdd(key, script);
            }

            return $"<div class=\"output\">{rest}</div>\n";
        }

        if (data.TryGetValue("image/svg+xml", out var svg))
        {
            return $"<div class=\"output\">{svg}</div>\n";
        }

        if (data.TryGetValue("image/png", out var png))
        {
            return $"<div class=\"output\"><img alt=\"output\" src=\"data:image/png;base64,{png.Trim()}\"></div>\n";
        }

        return $"<pre class=\"output\">{Encode(data.GetValueOrDefault("text/plain") ?? "")}</pre>\n";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border: 1px solid #ccc; padding: 0.2rem 0.6rem; }
        th { background: #f3f3f3; }
        tr.failed td { background: #fdecea; }
        section.notebook { border-top: 2px solid #444; margin-top: 2rem; }
        .meta { color: #666; font-size: 0.9rem; }
        .warning { color: #8a5a00; }
        .cell { margin: 0.6rem 0; }
        summary { color: #666; cursor: pointer; font-family: monospace; }
        pre { background: #f7f7f7; padding: 0.5rem; overflow-x: auto; }
        pre.output, pre.stream, .output pre { white-space: pre-wrap; overflow-wrap: anywhere; }
        pre.error { background: #fdecea; color: #8b0000; }
        pre.stderr { color: #8b0000; }
        .output { margin: 0.3rem 0; overflow-x: auto; }
        code { background: #f0f0f0; padding: 0 0.2rem; }

        """;
}
