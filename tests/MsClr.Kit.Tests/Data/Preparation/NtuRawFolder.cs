using MsClr.Kit.Tests.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Preparation;

/// <summary>
/// A temporary folder of six small synthetic <c>.skeleton</c> files, as gendata meets them: four good ones covering both
/// sides of both NTU-60 benchmarks (one in a subfolder), one truncated and one on the missing-skeleton list; plus a data root.
/// </summary>
internal sealed class NtuRawFolder : IDisposable
{
    /// <summary>X-Sub train (P001), X-View test (C001); two bodies; 7 frames.</summary>
    public const string SubTrainViewTest = "S001C001P001R001A001";

    /// <summary>X-Sub train (P002), X-View train (C002); 3 frames.</summary>
    public const string SubTrainViewTrain = "S001C002P002R001A002";

    /// <summary>X-Sub test (P003), X-View train (C003); 60 frames; in a subfolder.</summary>
    public const string SubTestViewTrain = "S001C003P003R002A003";

    /// <summary>X-Sub test (P006), X-View test (C001); 4 frames.</summary>
    public const string SubTestViewTest = "S002C001P006R001A010";

    /// <summary>Truncated in the middle of its second frame.</summary>
    public const string Truncated = "S001C001P007R001A004";

    /// <summary>On <see cref="MissingList"/> (the first id of the official NTU-60 list).</summary>
    public const string Missing = "S001C002P005R002A008";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("msclr-prep-tests-");

    public NtuRawFolder()
    {
        Raw = Path.Combine(_root.FullName, "raw");
        DataRoot = Path.Combine(_root.FullName, "data");
        Directory.CreateDirectory(Path.Combine(Raw, "sub"));
        Write(SubTrainViewTest, Frames(7, t => [new SyntheticBody(11, 0.25, 0.01), new SyntheticBody(12, -0.5, 0.02)]));
        Write(SubTrainViewTrain, Frames(3, _ => [new SyntheticBody(21, 0.1, 0.03)]));
        Write(Path.Combine("sub", SubTestViewTrain), Frames(60, _ => [new SyntheticBody(31, 0.3, 0.005)]));
        Write(SubTestViewTest, Frames(4, _ => [new SyntheticBody(41, -0.2, 0.01)]));
        var truncated = SkeletonText.Lines(Frames(2, _ => [new SyntheticBody(51, 0.2)]));
        File.WriteAllText(Path.Combine(Raw, Truncated + ".skeleton"), string.Join("\n", truncated.Take(40)) + "\n");
        Write(Missing, Frames(5, _ => [new SyntheticBody(61, 0.2, 0.01)]));
        MissingList = Path.Combine(_root.FullName, "missing.txt");
        File.WriteAllLines(MissingList, [Missing, "S001C002P006R001A008"]);
    }

    public string Raw { get; }

    public string DataRoot { get; }

    public string MissingList { get; }

    /// <summary>Writes a sample list beside the raw folder and returns its path.</summary>
    public string WriteList(string fileName, IEnumerable<string> ids)
    {
        var path = Path.Combine(_root.FullName, fileName);
        File.WriteAllLines(path, ids);
        return path;
    }

    /// <summary>The good NTU-60 samples in sample-id order.</summary>
    public static string[] GoodIds => [SubTrainViewTest, SubTrainViewTrain, SubTestViewTrain, SubTestViewTest];

    public string PathOf(string sampleId) => sampleId == SubTestViewTrain
        ? Path.Combine(Raw, "sub", sampleId + ".skeleton")
        : Path.Combine(Raw, sampleId + ".skeleton");

    /// <summary>Writes a good file (relative to <see cref="Raw"/>, without extension).</summary>
    public string Write(string name, IReadOnlyList<SyntheticBody[]> frames)
    {
        var path = Path.Combine(Raw, name + ".skeleton");
        File.WriteAllText(path, string.Join("\n", SkeletonText.Lines(frames)) + "\n");
        return path;
    }

    public static IReadOnlyList<SyntheticBody[]> Frames(int count, Func<int, SyntheticBody[]> frame) =>
        Enumerable.Range(0, count).Select(frame).ToArray();

    public void Dispose()
    {
        try
        {
            _root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed cleanup must not fail the test.
        }
    }
}
