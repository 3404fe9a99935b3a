using System.Text.Json.Nodes;

namespace MsClr.Notebooks.Documents;

/// <summary>
/// One cell output in nbformat 4 terms. <see cref="ToJson"/> writes the shapes Polyglot Notebooks write: MIME data and
/// stream text as arrays of lines, keys in alphabetical order, empty <c>metadata</c>.
/// </summary>
public sealed record NotebookOutput
{
    private static readonly IReadOnlyDictionary<string, string> NoData = new Dictionary<string, string>();

    private NotebookOutput(NotebookOutputKind kind) => Kind = kind;

    /// <summary>The <c>output_type</c>.</summary>
    public NotebookOutputKind Kind { get; }

    /// <summary>MIME type → content for display data and execute results (e.g. <c>text/plain</c>, <c>text/html</c>); empty otherwise.</summary>
    public IReadOnlyDictionary<string, string> Data { get; private init; } = NoData;

    /// <summary>The execution count an execute result carries.</summary>
    public int? ExecutionCount { get; private init; }

    /// <summary><c>stdout</c> or <c>stderr</c> for a stream.</summary>
    public string? StreamName { get; private init; }

    /// <summary>The text of a stream.</summary>
    public string? Text { get; private init; }

    /// <summary>The error name (<c>ename</c>), e.g. the exception type.</summary>
    public string? ErrorName { get; private init; }

    /// <summary>The error value (<c>evalue</c>), e.g. the exception message.</summary>
    public string? ErrorValue { get; private init; }

    /// <summary>The error's traceback lines.</summary>
    public IReadOnlyList<string> Traceback { get; private init; } = [];

    /// <summary>A <c>stream</c> output.</summary>
    public static NotebookOutput Stream(string name, string text) =>
        new(NotebookOutputKind.Stream) { StreamName = name, Text = text };

    /// <summary>A <c>display_data</c> output.</summary>
    public static NotebookOutput Display(IReadOnlyDictionary<string, string> data) =>
        new(NotebookOutputKind.DisplayData) { Data = data };

    /// <summary>An <c>execute_result</c> output.</summary>
    public static NotebookOutput Result(IReadOnlyDictionary<string, string> data, int executionCount) =>
        new(NotebookOutputKind.ExecuteResult) { Data = data, ExecutionCount = executionCount };

    /// <summary>An <c>error</c> output.</summary>
    public static NotebookOutput Error(string name, string value, IReadOnlyList<string> traceback) =>
        new(NotebookOutputKind.Error) { ErrorName = name, ErrorValue = value, Traceback = traceback };

    /// <summary>The nbformat JSON object.</summary>
    public JsonObject ToJson() => Kind switch
    {
        NotebookOutputKind.Stream => new JsonObject
        {
            ["name"] = StreamName,
            ["output_type"] = "stream",
            ["text"] = JupyterText.ToLines(Text ?? ""),
        },
        NotebookOutputKind.Error => new JsonObject
        {
            ["ename"] = ErrorName,
            ["evalue"] = ErrorValue,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray([.. Traceback.Select(line => (JsonNode?)line)]),
        },
        NotebookOutputKind.ExecuteResult => new JsonObject
        {
            ["data"] = DataJson(),
            ["execution_count"] = ExecutionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        _ => new JsonObject
        {
            ["data"] = DataJson(),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
    };

    /// <summary>Reads an nbformat output; null for an unknown <c>output_type</c>.</summary>
    public static NotebookOutput? FromJson(JsonObject json) => json["output_type"]?.GetValue<string>() switch
    {
        "stream" => Stream(json["name"]?.GetValue<string>() ?? "stdout", JupyterText.Read(json["text"])),
        "display_data" => Display(ReadData(json["data"])),
        "execute_result" => Result(ReadData(json["data"]), json["execution_count"]?.GetValue<int>() ?? 0),
        "error" => Error(
            json["ename"]?.GetValue<string>() ?? "",
            json["evalue"]?.GetValue<string>() ?? "",
            json["traceback"] is JsonArray lines ? [.. lines.Select(line => line?.GetValue<string>() ?? "")] : []),
        _ => null,
    };

    private JsonObject DataJson()
    {
        var data = new JsonObject();
        foreach (var (mime, content) in Data)
        {
            data[mime] = JupyterText.ToLines(content);
        }

        return data;
    }

    private static Dictionary<string, string> ReadData(JsonNode? node)
    {
        var data = new Dictionary<string, string>();
        if (node is JsonObject mimes)
        {
            foreach (var (mime, content) in mimes)
            {
                // JSON MIME types (application/json, plotly's) hold objects rather than text
                data[mime] = content is JsonObject ? content.ToJsonString() : JupyterText.Read(content);
            }
        }

        return data;
    }
}
