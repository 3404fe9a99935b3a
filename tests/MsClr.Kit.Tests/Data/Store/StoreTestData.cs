using MsClr.Kit.Data;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data.Store;

/// <summary>Small deterministic samples and a private temp folder for store tests.</summary>
internal sealed class StoreTestData : IDisposable
{
    public StoreTestData()
    {
        Folder = Directory.CreateTempSubdirectory("msclr-store-tests-").FullName;
    }

    public string Folder { get; }

    /// <summary>A custom 4-joint format (not built in), so format_json has to carry it.</summary>
    public static SkeletonFormat Stick4 { get; } = new(
        "stick_4+x",
        ["pelvis", "chest", "lhand", "rhand"],
        [new JointPair(1, 0), new JointPair(2, 1), new JointPair(3, 1)],
        center: 1,
        mirrorPairs: [new JointPair(2, 3)],
        LengthUnit.Millimetre);

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>NTU-like samples with values that exercise the float bits (negative, tiny, large, −0 in an absent person).</summary>
    public static SkeletonSample[] NtuSamples(SkeletonFormat format, int count, int seed = 1)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var frames = 3 + i;
            var sample = new SkeletonSample(
                $"S001C00{1 + (i % 3)}P00{1 + i}R001A0{10 + i:D2}",
                Label: 9 + i,
                new Dictionary<string, int> { ["setup"] = 1, ["camera"] = 1 + (i % 3), ["subject"] = 1 + i, ["replication"] = 1 },
                frames,
                Persons: 2,
                format.JointCount,
                new float[frames * 2 * format.JointCount * 3]);
            var personTwoPresent = i % 2 == 1;
            for (var t = 0; t < frames; t++)
            {
                for (var v = 0; v < format.JointCount; v++)
                {
                    for (var c = 0; c < 3; c++)
                    {
                        sample.Xyz[sample.Offset(t, 0, v, c)] = (float)((random.NextDouble() - 0.5) * 4) * MathF.Pow(10, random.Next(-6, 3));
                        sample.Xyz[sample.Offset(t, 1, v, c)] = personTwoPresent ? (float)random.NextDouble() : (c == 1 ? -0f : 0f);
                    }
                }
            }

            return sample;
        }).ToArray();
    }

    public static void AssertSameSample(SkeletonSample expected, SkeletonSample actual)
    {
        Assert.Equal(expected.SampleId, actual.SampleId);
        Assert.Equal(expected.Label, actual.Label);
        Assert.Equal(expected.Metadata.OrderBy(p => p.Key), actual.Metadata.OrderBy(p => p.Key));
        Assert.Equal((expected.Frames, expected.Persons, expected.Joints), (actual.Frames, actual.Persons, actual.Joints));
        Assert.Equal(
            expected.Xyz.Select(BitConverter.SingleToInt32Bits),
            actual.Xyz.Select(BitConverter.SingleToInt32Bits));
    }

    /// <summary>Files in the folder, temp files included (their names start with a dot).</summary>
    public string[] FileNames() => Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Folder, p)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed cleanup must not fail the test.
        }
    }
}
