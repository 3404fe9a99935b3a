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

    /// <summary>Number of classes of the benchmark's dataset: 60 or 120.</summary>
    public static int ClassCount(NtuBenchmark benchmark) => benchmark switch
    {
        NtuBenchmark.Ntu60CrossSubject or NtuBenchmark.Ntu60CrossView => 60,
        NtuBenchmark.Ntu120CrossSubject or NtuBenchmark.Ntu120CrossSetup => 120,
        _ => throw UnknownBenchmark(benchmark),
    };

    /// <summary>
    /// Whether the sample belongs to the benchmark's dataset: NTU-60 is setups 1..17 with actions 1..60,
    /// NTU-120 is setups 1..32 with actions 1..120. The missing-skeleton lists are a separate filter
    /// (<see cref="NtuSampleLists"/>).
    /// </summary>
    public static bool InBenchmark(NtuSampleId id, NtuBenchmark benchmark)
    {
        var classes = ClassCount(benchmark);
        var lastSetup = classes == 60 ? Ntu60LastSetup : Ntu120LastSetup;
        return id.Action >= 1 && id.Action <= classes && id.Setup >= 1 && id.Setup <= lastSetup;
    }

    /// <summary>Whether the sample is in the benchmark's training part (false: test part).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sample is not part of the benchmark (see <see cref="InBenchmark"/>).</exception>
    public static bool IsTraining(NtuSampleId id, NtuBenchmark benchmark)
    {
        if (!InBenchmark(id, benchmark))
        {
            throw new ArgumentOutOfRangeException(
                nameof(id), id.ToString(),
                $"NtuSplits.IsTraining: sample {id} is not in {benchmark}; expected setup <= "
                + $"{(ClassCount(benchmark) == 60 ? Ntu60LastSetup : Ntu120LastSetup)} and action <= {ClassCount(benchmark)}");
        }

        return benchmark switch
        {
            NtuBenchmark.Ntu60CrossSubject => Array.IndexOf(Ntu60TrainSubjects, id.Performer) >= 0,
            NtuBenchmark.Ntu60CrossView => Array.IndexOf(CrossViewTrainCameras, id.Camera) >= 0,
            NtuBenchmark.Ntu120CrossSubject => Array.IndexOf(Ntu120TrainSubjects, id.Performer) >= 0,
            NtuBenchmark.Ntu120CrossSetup => id.Setup % 2 == 0,
            _ => throw UnknownBenchmark(benchmark),
        };
    }

    private static ArgumentOutOfRangeException UnknownBenchmark(NtuBenchmark benchmark) =>
        new(nameof(benchmark), benchmark, $"NtuSplits: unknown benchmark {(int)benchmark}; expected one of {string.Join(", ", Enum.GetNames<NtuBenchmark>())}");
}
