using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Synthetic;

namespace MsClr.Kit.Data;

/// <summary>
/// A dataset and one of its train/test splits, as a pure function of each clip's metadata (never of paths): the kit's
/// one benchmark type, for NTU's four protocols, the synthetic stand-ins and the paper's table columns alike.
/// </summary>
/// <param name="Name">Benchmark name, e.g. <c>ntu60-xsub</c> or <c>synthetic-xview</c> (what specs, run ids and stores hold).</param>
/// <param name="Dataset">The store dataset folder, e.g. <c>ntu60</c> or <c>synthetic</c>.</param>
/// <param name="Classes">Number of classes.</param>
/// <param name="Part">Names a clip's part from its metadata: <see cref="Train"/>, <see cref="Test"/>, or
/// <see cref="Outside"/> when the clip is not in the benchmark's dataset (an NTU-120 setup in an NTU-60 benchmark).</param>
public sealed record Benchmark(string Name, string Dataset, int Classes, Func<IReadOnlyDictionary<string, int>, string> Part)
{
    /// <summary>Part name of training clips.</summary>
    public const string Train = "train";

    /// <summary>Part name of test clips.</summary>
    public const string Test = "test";

    /// <summary>Part name of clips that are not in the benchmark's dataset.</summary>
    public const string Outside = "outside";

    /// <summary>NTU RGB+D 60 cross-subject (40,091 / 16,487 clips).</summary>
    public static Benchmark Ntu60CrossSubject { get; } = NtuProtocol("ntu60-xsub", "ntu60", 60, "NTU-60 xsub");

    /// <summary>NTU RGB+D 60 cross-view (37,646 / 18,932 clips).</summary>
    public static Benchmark Ntu60CrossView { get; } = NtuProtocol("ntu60-xview", "ntu60", 60, "NTU-60 xview");

    /// <summary>NTU RGB+D 120 cross-subject (63,026 / 50,919 clips).</summary>
    public static Benchmark Ntu120CrossSubject { get; } = NtuProtocol("ntu120-xsub", "ntu120", 120, "NTU-120 xsub");

    /// <summary>NTU RGB+D 120 cross-setup (54,468 / 59,477 clips).</summary>
    public static Benchmark Ntu120CrossSetup { get; } = NtuProtocol("ntu120-xset", "ntu120", 120, "NTU-120 xset");

    /// <summary>Synthetic cross-subject: odd subjects train, even subjects test (stands in for the NTU subject splits).</summary>
    public static Benchmark SyntheticCrossSubject { get; } = Synthetic("synthetic-xsub", SyntheticSplits.CrossSubjectTrains);

    /// <summary>Synthetic cross-view: the frontal view tests (stands in for NTU's view and setup splits).</summary>
    public static Benchmark SyntheticCrossView { get; } = Synthetic("synthetic-xview", SyntheticSplits.CrossViewTrains);

    /// <summary>NTU's four protocols, in the paper's column order of Table 1.</summary>
    public static IReadOnlyList<Benchmark> PaperColumns { get; } = [Ntu60CrossView, Ntu60CrossSubject, Ntu120CrossSetup, Ntu120CrossSubject];

    /// <summary>Every benchmark the kit knows by name.</summary>
    public static IReadOnlyList<Benchmark> All { get; } = [Ntu60CrossSubject, Ntu60CrossView, Ntu120CrossSubject, Ntu120CrossSetup, SyntheticCrossSubject, SyntheticCrossView];

    /// <summary>The column header the paper prints (e.g. <c>NTU-60 xsub</c>); the name for benchmarks outside the paper.</summary>
    public string Label { get; init; } = Name;

    /// <summary>Whether this is a split of the synthetic benchmark (a stand-in for NTU), not NTU itself.</summary>
    public bool IsSynthetic => Dataset == SyntheticDataset.Name;

    /// <summary>
    /// The benchmark that measures this one: itself, or with <paramref name="useSynthetic"/> its synthetic stand-in
    /// (subject splits → <see cref="SyntheticCrossSubject"/>; view and setup splits, which both change the camera →
    /// <see cref="SyntheticCrossView"/>). Numbers measured on a stand-in are not comparable with the paper's.
    /// </summary>
    /// <exception cref="InvalidOperationException">A stand-in asked of a benchmark that has none.</exception>
    public Benchmark MeasuredOn(bool useSynthetic) => !useSynthetic || IsSynthetic ? this : Name switch
    {
        "ntu60-xsub" or "ntu120-xsub" => SyntheticCrossSubject,
        "ntu60-xview" or "ntu120-xset" => SyntheticCrossView,
        _ => throw new InvalidOperationException($"benchmark '{Name}' has no synthetic stand-in"),
    };

    /// <summary>The benchmark called <paramref name="name"/> (any case).</summary>
    /// <exception cref="KeyNotFoundException">An unknown name; the message lists the known ones.</exception>
    public static Benchmark Get(string name) =>
        All.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"unknown benchmark '{name}'; expected one of {string.Join(", ", All.Select(b => b.Name))}");

    /// <summary>Whether a clip is on the training side.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The clip is not in the benchmark's dataset.</exception>
    public bool IsTraining(IReadOnlyDictionary<string, int> metadata) => Part(metadata) switch
    {
        Train => true,
        Test => false,
        var part => throw new ArgumentOutOfRangeException(nameof(metadata), part,
            $"clip ({string.Join(", ", metadata.Select(m => $"{m.Key} {m.Value}"))}) is not in {Name}"),
    };

    /// <summary>Whether a clip is on the test side.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The clip is not in the benchmark's dataset.</exception>
    public bool IsTest(IReadOnlyDictionary<string, int> metadata) => !IsTraining(metadata);

    /// <summary>
    /// The synthetic splits of another dataset with <c>subject</c>/<c>view</c> metadata: <c>{dataset}-xsub</c> and
    /// <c>{dataset}-xview</c> under the same rules.
    /// </summary>
    public static IReadOnlyList<Benchmark> SyntheticSplitsOf(string dataset) =>
    [
        SyntheticCrossSubject with { Name = $"{dataset}-xsub", Dataset = dataset, Label = $"{dataset}-xsub" },
        SyntheticCrossView with { Name = $"{dataset}-xview", Dataset = dataset, Label = $"{dataset}-xview" },
    ];

    // The split rules read setup, camera and subject only; action 1 stands in for the action, which is not metadata.
    private static Benchmark NtuProtocol(string name, string dataset, int classes, string label)
    {
        Benchmark? self = null;
        self = new Benchmark(name, dataset, classes, metadata => NtuSplits.Part(
            new NtuSampleId(metadata["setup"], metadata["camera"], metadata["subject"], metadata["replication"], action: 1), self!)) { Label = label };
        return self;
    }

    private static Benchmark Synthetic(string name, Func<IReadOnlyDictionary<string, int>, bool> trains) =>
        new(name, SyntheticDataset.Name, SyntheticActions.Count, metadata => trains(metadata) ? Train : Test);
}
