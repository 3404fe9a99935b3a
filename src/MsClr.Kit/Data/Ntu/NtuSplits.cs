namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// Train/test membership of NTU samples as pure functions of the <see cref="NtuSampleId"/> (never of paths).
/// Lists follow the official gendata (NTU-60) and the community-standard NTU-120 scripts; see reference-spec §1.3.
/// Over the usable samples: NTU-60 X-Sub 40,091 / 16,487, X-View 37,646 / 18,932;
/// NTU-120 X-Sub 63,026 / 50,919, X-Set 54,468 / 59,477.
/// </summary>
public static class NtuSplits
{
    /// <summary>The last setup of NTU RGB+D 60; setups 18..32 were added by NTU RGB+D 120.</summary>
    public const int Ntu60LastSetup = 17;

    /// <summary>The last setup of NTU RGB+D 120.</summary>
    public const int Ntu120LastSetup = 32;

    private static readonly int[] Ntu60TrainSubjects =
        [1, 2, 4, 5, 8, 9, 13, 14, 15, 16, 17, 18, 19, 25, 27, 28, 31, 34, 35, 38];

    private static readonly int[] Ntu120TrainSubjects =
    [
        1, 2, 4, 5, 8, 9, 13, 14, 15, 16, 17, 18, 19, 25, 27, 28, 31, 34, 35, 38,
        45, 46, 47, 49, 50, 52, 53, 54, 55, 56, 57, 58, 59, 70, 74, 78, 80, 81, 82,
        83, 84, 85, 86, 89, 91, 92, 93, 94, 95, 97, 98, 100, 103,
    ];

    private static readonly int[] CrossViewTrainCameras = [2, 3];

    /// <summary>Training performers (1-based) of NTU-60 cross-subject: 20 ids; the other ids of 1..40 test.</summary>
    public static IReadOnlyList<int> Ntu60CrossSubjectTrainingSubjects => Ntu60TrainSubjects;

    /// <summary>Training performers (1-based) of NTU-120 cross-subject: 53 ids; the other ids of 1..106 test.</summary>
    public static IReadOnlyList<int> Ntu120CrossSubjectTrainingSubjects => Ntu120TrainSubjects;

    /// <summary>
    /// Whether the sample belongs to the benchmark's dataset: NTU-60 is setups 1..17 with actions 1..60,
    /// NTU-120 is setups 1..32 with actions 1..120. The missing-skeleton lists are a separate filter
    /// (<see cref="NtuSampleLists"/>).
    /// </summary>
    /// <param name="id">The sample.</param>
    /// <param name="benchmark">One of NTU's protocols (<see cref="Benchmark.Ntu60CrossSubject"/> …).</param>
    public static bool InBenchmark(NtuSampleId id, Benchmark benchmark)
    {
        var lastSetup = LastSetup(benchmark);
        return id.Action >= 1 && id.Action <= benchmark.Classes && id.Setup >= 1 && id.Setup <= lastSetup;
    }

    /// <summary>Whether the sample is in the benchmark's training part (false: test part).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sample is not part of the benchmark (see <see cref="InBenchmark"/>),
    /// or the benchmark is not one of NTU's.</exception>
    public static bool IsTraining(NtuSampleId id, Benchmark benchmark)
    {
        if (!InBenchmark(id, benchmark))
        {
            throw new ArgumentOutOfRangeException(
                nameof(id), id.ToString(),
                $"NtuSplits.IsTraining: sample {id} is not in {benchmark.Name}; expected setup <= {LastSetup(benchmark)} and action <= {benchmark.Classes}");
        }

        return benchmark.Name switch
        {
            "ntu60-xsub" => Array.IndexOf(Ntu60TrainSubjects, id.Performer) >= 0,
            "ntu60-xview" => Array.IndexOf(CrossViewTrainCameras, id.Camera) >= 0,
            "ntu120-xsub" => Array.IndexOf(Ntu120TrainSubjects, id.Performer) >= 0,
            "ntu120-xset" => id.Setup % 2 == 0,
            _ => throw NotNtu(benchmark),
        };
    }

    /// <summary>The sample's part of the benchmark: <see cref="Benchmark.Train"/>, <see cref="Benchmark.Test"/> or
    /// <see cref="Benchmark.Outside"/> (not in the benchmark's dataset).</summary>
    public static string Part(NtuSampleId id, Benchmark benchmark) =>
        !InBenchmark(id, benchmark) ? Benchmark.Outside : IsTraining(id, benchmark) ? Benchmark.Train : Benchmark.Test;

    private static int LastSetup(Benchmark benchmark) => benchmark.Dataset switch
    {
        "ntu60" => Ntu60LastSetup,
        "ntu120" => Ntu120LastSetup,
        _ => throw NotNtu(benchmark),
    };

    private static ArgumentOutOfRangeException NotNtu(Benchmark benchmark) =>
        new(nameof(benchmark), benchmark.Name, $"NtuSplits: '{benchmark.Name}' is not an NTU benchmark; expected one of {string.Join(", ", Benchmark.PaperColumns.Select(b => b.Name))}");
}
