using System.Text.Json;
using MsClr.Kit.IO;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// What made a synthetic store file: the generator's version, every <see cref="SyntheticConfig"/> setting and the action
/// catalogue, recorded in the file's key-value metadata so that a file made by another seed, size or generator is never
/// reused as if it were this one's.
/// </summary>
public static class SyntheticIdentity
{
    /// <summary>
    /// The generator's version. Raise it with every change that alters the clips made from the same settings (motions,
    /// bodies, noise, renderers), so stores of the former generator are rebuilt. 2: fourteen classes that differ from
    /// another only in order, direction or rhythm (<see cref="SyntheticActionKind.TemporalStructure"/>), and every clip
    /// starting and ending at a drawn point of its action.
    /// </summary>
    public const string GeneratorVersion = "2";

    /// <summary>Metadata key of <see cref="GeneratorVersion"/>.</summary>
    public const string VersionKey = "msclr.synthetic.generator_version";

    /// <summary>Metadata key of the settings, the <see cref="SyntheticConfig"/> as JSON.</summary>
    public const string SettingsKey = "msclr.synthetic.settings";

    /// <summary>Metadata key of the action catalogue: the class count and a hash of the class names in label order.</summary>
    public const string ClassesKey = "msclr.synthetic.classes";

    /// <summary>The metadata that identifies a store made with <paramref name="config"/> by this generator.</summary>
    public static IReadOnlyDictionary<string, string> Metadata(SyntheticConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new Dictionary<string, string>
        {
            [VersionKey] = GeneratorVersion,
            [SettingsKey] = JsonSerializer.Serialize(config),
            [ClassesKey] = Classes(),
        };
    }

    /// <summary>
    /// How <paramref name="recorded"/> (a file's metadata) differs from what <paramref name="config"/> would write, one
    /// line per field, e.g. <c>Seed: 2 in the file, 1 expected</c>; empty when they agree. A file that records no identity
    /// (an older kit's) differs by its missing generator version.
    /// </summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> recorded, SyntheticConfig config)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var expected = Metadata(config);
        var differences = new List<string>();
        string Describe(string? value) => value is null ? "none" : value;
        foreach (var key in new[] { VersionKey, ClassesKey })
        {
            var found = recorded.GetValueOrDefault(key);
            if (found != expected[key])
            {
                differences.Add($"{Field(key)}: {Describe(found)} in the file, {expected[key]} expected");
            }
        }

        if (!recorded.TryGetValue(SettingsKey, out var settings))
        {
            differences.Add("settings: none in the file (written before the generator's settings were recorded)");
            return differences;
        }

        var want = Fields(expected[SettingsKey]);
        var have = Fields(settings);
        foreach (var name in want.Keys.Union(have.Keys).Order(StringComparer.Ordinal))
        {
            var (h, w) = (have.GetValueOrDefault(name), want.GetValueOrDefault(name));
            if (h != w)
            {
                differences.Add($"{name}: {Describe(h)} in the file, {Describe(w)} expected");
            }
        }

        return differences;
    }

    private static string Field(string key) => key == VersionKey ? "generator version" : "classes";

    private static string Classes()
    {
        var names = string.Join('\n', SyntheticActions.All.Select(a => a.Name));
        return $"{SyntheticActions.Count} ({ContentHash.ShortHex(names, 12)})";
    }

    private static Dictionary<string, string> Fields(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        }
        catch (JsonException)
        {
            return new Dictionary<string, string> { ["settings"] = json };
        }
    }
}
