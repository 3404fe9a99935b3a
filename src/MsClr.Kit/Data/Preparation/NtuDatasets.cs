using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Data.Preparation;

/// <summary>The two NTU RGB+D releases, each a benchmark family of two protocols (see <see cref="NtuDatasets"/>).</summary>
public enum NtuDataset
{
    /// <summary>NTU RGB+D 60: actions 1..60 recorded in setups 1..17; store name <c>ntu60</c>.</summary>
    Ntu60,

    /// <summary>NTU RGB+D 120: every action 1..120 and setup 1..32; store name <c>ntu120</c>.</summary>
    Ntu120,
}

/// <summary>Names, membership and benchmarks of the <see cref="NtuDataset"/> families; membership is a pure function of the sample id.</summary>
public static class NtuDatasets
{
    /// <summary>The dataset's store name: <c>ntu60</c> or <c>ntu120</c> (the folder under the data root).</summary>
    public static string Name(NtuDataset dataset) => dataset switch
    {
        NtuDataset.Ntu60 => "ntu60",
        NtuDataset.Ntu120 => "ntu120",
        _ => throw Unknown(dataset),
    };

    /// <summary>Parses <c>ntu60</c> or <c>ntu120</c> (case-insensitive).</summary>
    /// <returns>false for any other text.</returns>
    public static bool TryParse(string? text, out NtuDataset dataset)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "ntu60":
                dataset = NtuDataset.Ntu60;
                return true;
            case "ntu120":
                dataset = NtuDataset.Ntu120;
                return true;
            default:
                dataset = default;
                return false;
        }
    }

    /// <summary>Like <see cref="TryParse"/>, but throws.</summary>
    /// <exception cref="FormatException">The text is neither <c>ntu60</c> nor <c>ntu120</c>; the message quotes it.</exception>
    public static NtuDataset Parse(string text) => TryParse(text, out var dataset)
        ? dataset
        : throw new FormatException($"NTU dataset '{text}': expected ntu60 or ntu120");

    /// <summary>The dataset's two evaluation protocols: cross-subject first.</summary>
    public static IReadOnlyList<Benchmark> Benchmarks(NtuDataset dataset) => dataset switch
    {
        NtuDataset.Ntu60 => [Benchmark.Ntu60CrossSubject, Benchmark.Ntu60CrossView],
        NtuDataset.Ntu120 => [Benchmark.Ntu120CrossSubject, Benchmark.Ntu120CrossSetup],
        _ => throw Unknown(dataset),
    };

    /// <summary>
    /// The official "samples with missing skeletons" list of the dataset (302 ids for NTU-60, 535 for NTU-120), built into
    /// the kit (<c>src/MsClr.Kit/Data/Ntu/Lists/</c>, with its source and licence): the samples <c>prep ntu</c> skips by default.
    /// </summary>
    public static IReadOnlyList<NtuSampleId> MissingSkeletons(NtuDataset dataset)
    {
        var resource = $"{Name(dataset)}_samples_with_missing_skeletons.txt";
        using var stream = typeof(NtuDatasets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the kit's assembly lacks its built-in NTU list '{resource}' (an EmbeddedResource of MsClr.Kit.csproj)");
        using var reader = new StreamReader(stream);
        return NtuSampleLists.ReadIds(reader, resource);
    }

    /// <summary>Whether the sample belongs to the dataset: NTU-60 is actions 1..60 with setups 1..17; NTU-120 is every sample.</summary>
    public static bool Contains(NtuDataset dataset, NtuSampleId id) => NtuSplits.InBenchmark(id, Benchmarks(dataset)[0]);

    private static ArgumentOutOfRangeException Unknown(NtuDataset dataset) =>
        new(nameof(dataset), dataset, $"NtuDatasets: expected {string.Join(" or ", Enum.GetNames<NtuDataset>())}, found {(int)dataset}");
}
