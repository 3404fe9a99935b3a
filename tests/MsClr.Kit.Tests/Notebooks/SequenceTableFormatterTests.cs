using MsClr.Notebooks.Formatting;

namespace MsClr.Kit.Tests.Notebooks;

public class SequenceTableFormatterTests
{
    private sealed record Row(string Name, int Joints, double? Top1);

    [Fact]
    public void Format_AnonymousObjects_OneRowPerItemOneColumnPerPropertyInvariantNumbers()
    {
        var items = new[] { 1, 2 }.Select(i => new { format = $"f{i}", top1 = i * 0.5 });

        var data = OutputFormatters.Format(items, OutputFormatters.Default, new OutputFormatContext());

        Assert.Contains("<table class=\"msclr-table\">", data["text/html"], StringComparison.Ordinal);
        Assert.Contains("<th>format</th><th>top1</th>", data["text/html"], StringComparison.Ordinal);
        Assert.Contains("<tr><td>f2</td><td>1</td></tr>", data["text/html"], StringComparison.Ordinal);
        Assert.DoesNotContain("display: none", data["text/html"], StringComparison.Ordinal);
        Assert.StartsWith("format  top1", data["text/plain"], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Records_NullValuesAreEmptyCellsAndLongSequencesAreCut()
    {
        var rows = Enumerable.Range(0, SequenceTableFormatter.MaxRows + 5).Select(i => new Row($"r{i}", i, i == 0 ? null : 0.25)).ToList();

        var data = new SequenceTableFormatter().Format(rows, new OutputFormatContext())!;

        Assert.Contains("<tr><td>r0</td><td>0</td><td></td></tr>", data["text/html"], StringComparison.Ordinal);
        Assert.Contains("more rows", data["text/plain"], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ScalarsStringsTuplesAndDictionaries_AreLeftToPlainText()
    {
        var formatter = new SequenceTableFormatter();

        Assert.Null(formatter.Format(new[] { 1, 2 }, new OutputFormatContext()));
        Assert.Null(formatter.Format(new[] { "a" }, new OutputFormatContext()));
        Assert.Null(formatter.Format("text", new OutputFormatContext()));
        Assert.Null(formatter.Format(new[] { (1, "a") }, new OutputFormatContext()));
        Assert.Null(formatter.Format(new Dictionary<string, Row>(), new OutputFormatContext()));
        Assert.Null(formatter.Format(new Row("a", 1, null), new OutputFormatContext()));
    }
}
