using System.Text;
using System.Text.Json;
using MsClr.Kit.IO;

namespace MsClr.Kit.Skeletons;

/// <summary>
/// Reads and writes custom skeleton formats as JSON with the fields of <see cref="SkeletonFormat"/>:
/// <c>{"name", "joints": [names], "edges": [[a, b], ...], "center", "mirror_pairs": [[left, right], ...], "unit": "m"|"mm"}</c>.
/// Edge, centre and mirror endpoints may be joint names or 0-based indices; <c>mirror_pairs</c> may be omitted.
/// </summary>
public static class SkeletonFormatJson
{
    private static readonly string[] KnownFields = ["name", "joints", "edges", "center", "mirror_pairs", "unit"];

    /// <summary>Loads and validates a format from a JSON file.</summary>
    /// <exception cref="SkeletonFormatException">The file is not valid JSON or a field is invalid; the message names the file and field.</exception>
    public static SkeletonFormat Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"skeleton format file not found: {path}", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates a format from JSON text; <paramref name="source"/> names it in error messages.</summary>
    public static SkeletonFormat Parse(string json, string source = "<json>")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SkeletonFormatException(source, $"line {e.LineNumber + 1}", $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SkeletonFormatException(source, "(root)", $"expected a JSON object, found {root.ValueKind}");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!KnownFields.Contains(property.Name))
                {
                    throw new SkeletonFormatException(
                        source, property.Name, $"unknown field; expected only {string.Join(", ", KnownFields)}");
                }
            }

            var name = RequiredString(root, "name", source);
            var joints = RequiredArray(root, "joints", source)
                .Select((j, i) => j.ValueKind == JsonValueKind.String
                    ? j.GetString()!
                    : throw new SkeletonFormatException(source, $"joints[{i}]", $"expected a joint name string, found {j.ValueKind}"))
                .ToArray();
            SkeletonFormatValidator.IndexJointNames(joints, source);
            var edges = ReadPairs(root, "edges", joints, source, required: true);
            var center = ResolveEndpoint(Required(root, "center", source), joints, source, "center");
            var mirror = ReadPairs(root, "mirror_pairs", joints, source, required: false);
            var unitText = RequiredString(root, "unit", source);
            if (!LengthUnits.TryParse(unitText, out var unit))
            {
                throw new SkeletonFormatException(source, "unit", $"unknown unit '{unitText}'; expected \"m\" or \"mm\"");
            }

            return new SkeletonFormat(name, joints, edges, center, mirror, unit, source);
        }
    }

    /// <summary>Writes a format as indented JSON (edges and mirror pairs by joint name) that <see cref="Parse"/> reads back equal.</summary>
    public static string ToJson(SkeletonFormat format)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("name", format.Name);
            writer.WriteStartArray("joints");
            foreach (var joint in format.JointNames)
            {
                writer.WriteStringValue(joint);
            }

            writer.WriteEndArray();
            WritePairs(writer, "edges", format.Edges, format);
            writer.WriteString("center", format.JointNames[format.Center]);
            WritePairs(writer, "mirror_pairs", format.MirrorPairs, format);
            writer.WriteString("unit", format.NativeUnit.Symbol());
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes <see cref="ToJson"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    public static void Save(SkeletonFormat format, string path) => AtomicFile.WriteAllText(path, ToJson(format));

    private static void WritePairs(Utf8JsonWriter writer, string field, IReadOnlyList<JointPair> pairs, SkeletonFormat format)
    {
        writer.WriteStartArray(field);
        foreach (var (first, second) in pairs)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(format.JointNames[first]);
            writer.WriteStringValue(format.JointNames[second]);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static JointPair[] ReadPairs(JsonElement root, string field, string[] joints, string source, bool required)
    {
        if (!root.TryGetProperty(field, out var array))
        {
            return required ? throw Missing(source, field) : [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new SkeletonFormatException(source, field, $"expected an array of [a, b] pairs, found {array.ValueKind}");
        }

        return array.EnumerateArray().Select((pair, i) =>
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
            {
                throw new SkeletonFormatException(source, $"{field}[{i}]", "expected a pair [a, b] of joint names or 0-based indices");
            }

            return new JointPair(
                ResolveEndpoint(pair[0], joints, source, $"{field}[{i}][0]"),
                ResolveEndpoint(pair[1], joints, source, $"{field}[{i}][1]"));
        }).ToArray();
    }

    private static int ResolveEndpoint(JsonElement element, string[] joints, string source, string field) => element.ValueKind switch
    {
        JsonValueKind.String => JointReference.Resolve(joints, element.GetString()!, source, field),
        JsonValueKind.Number when element.TryGetInt32(out var index) => index,
        _ => throw new SkeletonFormatException(source, field, $"expected a joint name or a 0-based integer index, found {element}"),
    };

    private static JsonElement Required(JsonElement root, string field, string source) =>
        root.TryGetProperty(field, out var value) ? value : throw Missing(source, field);

    private static string RequiredString(JsonElement root, string field, string source)
    {
        var value = Required(root, field, source);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new SkeletonFormatException(source, field, $"expected a string, found {value.ValueKind}");
    }

    private static IEnumerable<JsonElement> RequiredArray(JsonElement root, string field, string source)
    {
        var value = Required(root, field, source);
        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToArray()
            : throw new SkeletonFormatException(source, field, $"expected an array, found {value.ValueKind}");
    }

    private static SkeletonFormatException Missing(string source, string field) =>
        new(source, field, "required field is missing");
}
