using System.Text.Json.Nodes;
using MsClr.Notebooks.Documents;

namespace MsClr.Kit.Tests.Notebooks;

public class NotebookDocumentTests
{
    [Fact]
    public void ParseIpynb_SourceAsStringOrLineArray_JoinsTheText()
    {
        var code = TestNotebooks.Code("var a = 1;\nvar b = 2;");
        var asString = TestNotebooks.Code("x");
        asString["source"] = "var c = 3;\nc";

        var document = NotebookDocument.ParseIpynb(TestNotebooks.Ipynb(code, asString).ToJsonString());

        Assert.Equal("var a = 1;\nvar b = 2;", document.Cells[0].Source);
        Assert.Equal("var c = 3;\nc", document.Cells[1].Source);
    }

    [Fact]
    public void ParseIpynb_KernelSources_FollowPolyglotPrecedence()
    {
        var legacy = TestNotebooks.Code("1");
        legacy["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "fsharp" } };
        var selector = TestNotebooks.Code("#!pwsh\nGet-Date");
        var bare = TestNotebooks.Code("1");
        bare["metadata"] = new JsonObject();
        var notebook = TestNotebooks.Ipynb(TestNotebooks.Code("1", "c#"), legacy, selector, bare, TestNotebooks.Markdown("# hi"));

        var document = NotebookDocument.ParseIpynb(notebook.ToJsonString());

        Assert.Equal(["csharp", "fsharp", "pwsh", "csharp", "markdown"], document.Cells.Select(c => c.KernelName));
        Assert.Equal([true, false, false, true, false], document.Cells.Select(c => c.IsCSharp));
        Assert.Equal(NotebookCellType.Markdown, document.Cells[4].Type);
    }

    [Fact]
    public void ParseIpynb_NoPolyglotMetadata_UsesTheKernelSpecLanguage()
    {
        var notebook = TestNotebooks.Ipynb(TestNotebooks.Code("1"));
        notebook["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["language"] = "F#", ["name"] = ".net-fsharp" } };
        notebook["cells"]![0]!["metadata"] = new JsonObject();

        var document = NotebookDocument.ParseIpynb(notebook.ToJsonString());

        Assert.Equal("fsharp", document.DefaultKernelName);
        Assert.False(document.Cells[0].IsCSharp);
    }

    [Fact]
    public void ParseIpynb_NotANotebook_ThrowsFormatExceptionNamingTheFile()
    {
        var error = Assert.Throws<FormatException>(() => NotebookDocument.ParseIpynb("{\"cells\": 3}", "bad.ipynb"));

        Assert.Contains("bad.ipynb", error.Message);
    }

    [Fact]
    public void ParseDib_MetaSeparatorsAndMagics_SplitsCellsTrimsBlankLinesKeepsMagics()
    {
        const string dib = "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"languageName\":\"csharp\",\"name\":\"csharp\"}]}}\n\n"
            + "#!markdown\n\n# Title\n\ntext\n\n#!csharp\n\n#!time\nvar x = 1;\n\n\n#!c#\n\nx\n\n#!fsharp\n\nlet y = 2\n";

        var document = NotebookDocument.ParseDib(dib, "sample.dib");

        Assert.Equal(NotebookFileFormat.Dib, document.Format);
        Assert.Equal("csharp", document.DefaultKernelName);
        Assert.Equal(["markdown", "csharp", "csharp", "fsharp"], document.Cells.Select(c => c.KernelName));
        Assert.Equal("# Title\n\ntext", document.Cells[0].Source);
        Assert.Equal("#!time\nvar x = 1;", document.Cells[1].Source);
        Assert.Equal("x", document.Cells[2].Source);
    }

    [Fact]
    public void ToDib_ThenParseDib_KeepsEveryCell()
    {
        var original = NotebookDocument.ParseDib("#!markdown\n\n# A\n\n#!csharp\n\nvar a = 1;\na\n");

        var again = NotebookDocument.ParseDib(original.ToDib());

        Assert.Equal(original.Cells.Select(c => (c.KernelName, c.Source)), again.Cells.Select(c => (c.KernelName, c.Source)));
    }

    [Fact]
    public void ToIpynb_FromDib_WritesPolyglotMetadataAndCellKernels()
    {
        var document = NotebookDocument.ParseDib("#!markdown\n\n# A\n\n#!csharp\n\n1 + 1\n");

        var json = JsonNode.Parse(document.ToIpynb())!.AsObject();

        Assert.Equal(4, json["nbformat"]!.GetValue<int>());
        Assert.Equal(".net-csharp", json["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", json["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        var code = json["cells"]![1]!.AsObject();
        Assert.Equal(["cell_type", "execution_count", "id", "metadata", "outputs", "source"], code.Select(p => p.Key));
        Assert.Equal("csharp", code["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal("csharp", code["metadata"]!["dotnet_interactive"]!["language"]!.GetValue<string>());
        Assert.Equal("markdown", json["cells"]![0]!["cell_type"]!.GetValue<string>());
    }

    [Fact]
    public void OutputToJson_EachKind_HasTheNbformatShape()
    {
        var data = new Dictionary<string, string> { ["text/plain"] = "a\nb" };

        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["hi\n","there\n"]}""", NotebookOutput.Stream("stdout", "hi\nthere\n").ToJson().ToJsonString());
        Assert.Equal("""{"data":{"text/plain":["a\n","b"]},"metadata":{},"output_type":"display_data"}""", NotebookOutput.Display(data).ToJson().ToJsonString());
        Assert.Equal("""{"data":{"text/plain":["a\n","b"]},"execution_count":3,"metadata":{},"output_type":"execute_result"}""", NotebookOutput.Result(data, 3).ToJson().ToJsonString());
        Assert.Equal("""{"ename":"E","evalue":"v","output_type":"error","traceback":["t1","t2"]}""", NotebookOutput.Error("E", "v", ["t1", "t2"]).ToJson().ToJsonString());
    }

    [Fact]
    public void OutputFromJson_AfterToJson_RoundTrips()
    {
        var outputs = new[]
        {
            NotebookOutput.Stream("stderr", "x\ny"),
            NotebookOutput.Result(new Dictionary<string, string> { ["text/html"] = "<b>1</b>", ["text/plain"] = "1" }, 7),
            NotebookOutput.Error("E", "v", ["t"]),
        };

        foreach (var output in outputs)
        {
            var back = NotebookOutput.FromJson(output.ToJson())!;
            Assert.Equal(output.ToJson().ToJsonString(), back.ToJson().ToJsonString());
        }
    }
}
