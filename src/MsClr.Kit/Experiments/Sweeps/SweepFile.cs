using MsClr.Kit.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using MsClr.Kit.Experiments.Paper;

namespace MsClr.Kit.Experiments.Sweeps;

/// <summary>
/// <c>sweep.json</c>: a <see cref="SweepPlan"/> as readable JSON (the plan's parameters and every spec in its canonical
/// form). The folder holding it is the sweep folder: the generated Slurm scripts and job ids are kept beside it.
/// </summary>
public static class SweepFile
{
    /// <summary>The format version written and accepted.</summary>
    public const int Version = 1;

    /// <summary>Writes <paramref name="plan"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var json = new JsonObject
        {
            ["version"] = Version,
            ["budget"] = plan.Budget,
            ["data"] = plan.UseSynthetic ? "synthetic" : "ntu",
            ["tables"] = new JsonArray(plan.Tables.Select(t => (JsonNode)t).ToArray()),
            ["benchmarks"] = new JsonArray(plan.Benchmarks.Select(b => (JsonNode)b.Name).ToArray()),
            ["seeds"] = new JsonArray(plan.Seeds.Select(s => (JsonNode)s).ToArray()),
            ["specs"] = new JsonArray(plan.Specs.Select(s => JsonNode.Parse(s.Canonical())).ToArray()),
        };
        AtomicFile.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Reads a sweep file.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">"{path}: field '…': expected …", or "{path} specs[i]: …" for a bad spec.</exception>
    public static SweepPlan Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no sweep file (write one with `msclr sweep plan --out {path}`)", path);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            InvalidDataException Bad(string field, string expected) => new($"{path}: field '{field}': expected {expected}");
            JsonElement Field(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) ? value : throw Bad(name, "present");
            JsonElement[] Array(string name) => Field(name).ValueKind == JsonValueKind.Array ? Field(name).EnumerateArray().ToArray() : throw Bad(name, "an array");

            if (!Field("version").TryGetInt32(out var version) || version != Version)
            {
                throw Bad("version", $"{Version}");
            }

            var budget = Field("budget").GetString() ?? throw Bad("budget", "smoke, quick or paper");
            _ = Budget.Get(budget);
            var data = Field("data").GetString();
            if (data is not ("synthetic" or "ntu"))
            {
                throw Bad("data", "synthetic or ntu");
            }

            var tables = Array("tables").Select(t => t.GetString() ?? throw Bad("tables", "table names")).ToArray();
            var benchmarks = Array("benchmarks").Select(b => SweepPlan.ParseBenchmark(b.GetString() ?? "")).ToArray();
            var seeds = Array("seeds").Select(s => s.TryGetUInt64(out var seed) ? seed : throw Bad("seeds", "non-negative integers")).ToArray();
            var specs = Array("specs").Select((s, i) => ExperimentSpecJson.Parse(s, $"{path} specs[{i}]")).ToArray();
            var duplicate = specs.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new InvalidDataException($"{path}: spec {duplicate.Key} appears {duplicate.Count()} times; expected each spec once");
            }

            return new SweepPlan(budget, tables, benchmarks, seeds, data == "synthetic", specs);
        }
    }

    /// <summary>The sweep folder: the folder holding <paramref name="sweepPath"/>.</summary>
    public static string Folder(string sweepPath) => Path.GetDirectoryName(Path.GetFullPath(sweepPath))!;
}
