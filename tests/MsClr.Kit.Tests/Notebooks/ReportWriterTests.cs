using MsClr.Kit.Tests.Cli;
using MsClr.Notebooks.Formatting;
using MsClr.Notebooks.Reporting;

namespace MsClr.Kit.Tests.Notebooks;

[Collection(ConsoleCollection.Name)]
public class ReportWriterTests(NotebookRunFixture fixture) : IClassFixture<NotebookRunFixture>
{
    [Fact]
    public void Write_TwoNotebooksWithCharts_IsOfflineWithPlotlyJsOnce()
    {
        var path = Path.Combine(fixture.OutputFolder, ReportWriter.FileName);

        ReportWriter.Write(path, [fixture.Main, fixture.Main]);

        var html = File.ReadAllText(path);
        var (page, scripts) = EmbeddedScripts.Extract(html); // plotly.js itself mentions URLs (map tiles, its home page); nothing else may
        Assert.Equal(["plotly.js"], scripts.Keys);
        Assert.DoesNotContain("src=\"http", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src='http", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn.", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, html.Split("plotly.js v2").Length - 1);
        Assert.True(html.IndexOf("plotly.js v2", StringComparison.Ordinal) < html.IndexOf("<body>", StringComparison.Ordinal), "plotly.js belongs in the head, before any chart");
        Assert.Equal(4, page.Split("Plotly.newPlot(").Length - 1);
    }

    [Fact]
    public void Render_MainNotebook_HasMarkdownOutputsAndTheSummary()
    {
        var html = ReportWriter.Render([fixture.Main]);

        Assert.Contains("<h1>Results</h1>", html);
        Assert.Contains("<code>code</code>", html);
        Assert.Contains("<pre class=\"stream stdout\">hello\n</pre>", html);
        Assert.Contains("<th>n</th>", html);
        Assert.Contains("<td>8/8</td>", html);
        Assert.Contains(">ok</td>", html);
    }

    [Theory]
    [InlineData("## Table 1", "<h2>Table 1</h2>")]
    [InlineData("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>")]
    [InlineData("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>")]
    // Seen in the report of 02-pretraining: a list item's indented second line became a paragraph between items.
    [InlineData("- the key encoder: it follows the query\n  encoder as a moving average;\n- the queue", "<ul>\n<li>the key encoder: it follows the query encoder as a moving average;</li>\n<li>the queue</li>\n</ul>")]
    [InlineData("- a\nlazy line\n\nnext", "<ul>\n<li>a lazy line</li>\n</ul>\n<p>next</p>")]
    [InlineData("Run `msclr` **now** or *later*.", "<p>Run <code>msclr</code> <strong>now</strong> or <em>later</em>.</p>")]
    [InlineData("a <b> & `<i>`", "<p>a &lt;b&gt; &amp; <code>&lt;i&gt;</code></p>")]
    [InlineData("see [paper](https://arxiv.org/abs/1)", "<p>see paper (<span class=\"url\">https://arxiv.org/abs/1</span>)</p>")]
    [InlineData("see [notes](notes.md)", "<p>see <a href=\"notes.md\">notes</a></p>")]
    [InlineData("| a | b |\n|---|--:|\n| 1 | 2 |", "<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table>")]
    [InlineData("```csharp\nvar x = 1 < 2;\n```", "<pre><code>var x = 1 &lt; 2;</code></pre>")]
    public void MarkdownToHtml_CommonBlocks_RendersMinimalHtml(string markdown, string expected)
    {
        Assert.Equal(expected + "\n", MarkdownHtml.ToHtml(markdown));
    }

    /// <summary>Seen in the 1400-px screenshot: a cell's one-line text result (a record, a summary sentence, written as
    /// the kernel's dni-plaintext pre inside an output div) ran off the right edge of the report; text outputs wrap.</summary>
    [Fact]
    public void Render_TextOutputs_WrapLongLines()
    {
        var html = ReportWriter.Render([fixture.Main]);

        Assert.Contains("pre.output, pre.stream, .output pre { white-space: pre-wrap;", html, StringComparison.Ordinal);
    }
}
