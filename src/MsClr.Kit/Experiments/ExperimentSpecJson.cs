using System.Text.Json;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

using MsClr.Kit.Data.Augmentation;

namespace MsClr.Kit.Experiments;

/// <summary>Reads an <see cref="ExperimentSpec"/> back from its <see cref="ExperimentSpec.Canonical"/> JSON (a run folder's
/// <c>spec.json</c>, a sweep's specs): <c>Parse(spec.Canonical())</c> has the same <see cref="ExperimentSpec.Id"/>.</summary>
public static class ExperimentSpecJson
{
    /// <summary>Parses one canonical spec.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="source">Where it came from, for messages (a file, or a file and an index).</param>
    /// <exception cref="InvalidDataException">"{source}: field '…': expected …" for a missing or malformed field.</exception>
    public static ExperimentSpec Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement, source);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid JSON ({e.Message}); expected a spec object as written by ExperimentSpec.Canonical", e);
        }
    }

    /// <summary>Parses one canonical spec object.</summary>
    /// <exception cref="InvalidDataException">A field is missing or malformed; the message names <paramref name="source"/> and the field.</exception>
    public static ExperimentSpec Parse(JsonElement spec, string source)
    {
        if (spec.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{source}: expected a JSON object, got {spec.ValueKind}");
        }

        string Text(string name) => Field(name).ValueKind == JsonValueKind.String
            ? Field(name).GetString()!
            : throw Bad(name, "a string");
        JsonElement Field(string name) => spec.TryGetProperty(name, out var value) ? value : throw Bad(name, "present");
        string[] Names(string name) => Field(name).ValueKind == JsonValueKind.Array && Field(name).EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? Field(name).EnumerateArray().Select(e => e.GetString()!).ToArray()
            : throw Bad(name, "an array of format names");
        T Enum<T>(string name) where T : struct, System.Enum => System.Enum.TryParse<T>(Text(name), ignoreCase: true, out var value)
            ? value
            : throw Bad(name, $"one of {string.Join(", ", System.Enum.GetNames<T>())}");
        InvalidDataException Bad(string name, string expected) => new($"{source}: field '{name}': expected {expected}");

        var seed = Field("seed").TryGetUInt64(out var s) ? s : throw Bad("seed", "a non-negative integer");
        var augmentations = !spec.TryGetProperty("augmentations", out var a) || a.ValueKind != JsonValueKind.False;
        var precision = ComputePrecision.Float32;
        if (spec.TryGetProperty("precision", out var p))
        {
            try
            {
                precision = ComputePrecisionExtensions.Parse(p.GetString() ?? "");
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
            {
                throw Bad("precision", "fp32 or bf16");
            }
        }

        var augMethod = ViewRecipe.DefaultAugMethod;
        if (spec.TryGetProperty("aug_method", out var method))
        {
            augMethod = method.ValueKind == JsonValueKind.String ? method.GetString()! : throw Bad("aug_method", "a string of digits 1-6, e.g. 12345");
            try
            {
                _ = ViewRecipe.ExtremeOf(augMethod);
            }
            catch (ArgumentException)
            {
                throw Bad("aug_method", "distinct digits from 1 to 6, e.g. 12345");
            }
        }

        var shear = ExperimentSpec.PaperShearAmplitude;
        if (spec.TryGetProperty("shear", out var shearField))
        {
            shear = shearField.ValueKind == JsonValueKind.Number && shearField.TryGetDouble(out var value) && value >= 0 && double.IsFinite(value)
                ? value
                : throw Bad("shear", "a shear amplitude ≥ 0, e.g. 0.5");
        }

        var temporalCrop = true;
        if (spec.TryGetProperty("temporal_crop", out var cropField))
        {
            temporalCrop = cropField.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? cropField.GetBoolean()
                : throw Bad("temporal_crop", "true or false");
        }

        Budget? settings = null;
        if (spec.TryGetProperty("budget_settings", out var b) && b.ValueKind == JsonValueKind.Object)
        {
            try
            {
                settings = b.Deserialize<Budget>() ?? throw Bad("budget_settings", "a budget object");
            }
            catch (JsonException)
            {
                throw Bad("budget_settings", "a budget object (Name, Epochs, BatchSize, QueueSize, HiddenChannels, OutputDim, FeatureDim, LinearEpochs, SyntheticClips)");
            }
        }

        BaselineKind? baseline = null;
        if (spec.TryGetProperty("baseline", out var k))
        {
            try
            {
                baseline = BaselineKinds.Parse(k.GetString() ?? "");
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                throw Bad("baseline", $"one of {string.Join(", ", BaselineKinds.All.Select(x => x.ShortName()))}");
            }
        }

        // The named budget's own values are stored too (they are what the id hashes); a spec without them names its budget.
        Budget budget;
        try
        {
            budget = settings ?? Budget.Get(Text("budget"));
        }
        catch (KeyNotFoundException)
        {
            throw Bad("budget", $"one of {string.Join(", ", Budget.All.Select(x => x.Name))}, or budget_settings");
        }

        T Named<T>(string name, Func<string, T> parse, string expected)
        {
            try
            {
                return parse(Text(name));
            }
            catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
            {
                throw Bad(name, expected);
            }
        }

        var benchmark = Named("benchmark", Benchmark.Get, $"one of {string.Join(", ", Benchmark.All.Select(x => x.Name))}");
        var compat = Named("compat", ReferenceCompat.Parse, "paper or official");
        return new ExperimentSpec(Enum<PretrainMethod>("method"), benchmark, Enum<InputStream>("stream"), Names("training"), Names("evaluation"),
            budget, seed, compat, augmentations, precision, baseline, augMethod, shear, temporalCrop);
    }
}
