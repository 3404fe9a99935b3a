using System.Text.Json;
using MsClr.Kit.Plots;
using Plotly.NET;

namespace MsClr.Kit.Tests.Plots;

/// <summary>A chart's figure JSON, parsed, with shortcuts for the parts the tests look at.</summary>
internal sealed class Figure
{
    private Figure(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public JsonElement[] Traces => Root.GetProperty("data").EnumerateArray().ToArray();

    public JsonElement Layout => Root.GetProperty("layout");

    public static Figure Of(GenericChart chart)
    {
        using var document = JsonDocument.Parse(ChartExport.FigureJson(chart));
        return new Figure(document.RootElement.Clone());
    }

    public string? Title => Layout.TryGetProperty("title", out var title) ? title.GetProperty("text").GetString() : null;

    public string AxisTitle(string axis) => Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public static string[] Strings(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static double?[] Numbers(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble()).ToArray();

    public static string Name(JsonElement trace) => trace.GetProperty("name").GetString()!;

    public static string Type(JsonElement trace) => trace.GetProperty("type").GetString()!;
}
