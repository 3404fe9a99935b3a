using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Ntu;

public sealed class NtuSkeletonReaderTests : IDisposable
{
    private static readonly SyntheticBody Big = new(SkeletonText.BigId, 0.2, 0.01);
    private static readonly SyntheticBody Second = new(1234, -0.4, 0.03);
    private static readonly SyntheticBody Third = new(99, 1.1);

    private readonly NtuTestFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>Frame 0: two bodies; frame 1: none; frame 2: three bodies.</summary>
    private static List<string> ThreeFrames(bool zeroOrientation = false) =>
        SkeletonText.Lines([[Big, Second], [], [Second, Big, Third]], zeroOrientation);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Read_LfOrCrlf_GivesFramesBodiesAndCounts(string newline)
    {
        var path = files.WriteLines("S001C001P001R001A001.skeleton", ThreeFrames(), newline);

        var file = NtuSkeletonReader.Read(path);

        Assert.Equal(path, file.SourcePath);
        Assert.Equal(3, file.FrameCount);
        Assert.Equal(5, file.TotalBodyCount);
        Assert.Equal([2, 0, 3], Enumerable.Range(0, 3).Select(file.BodyCount));
        Assert.Equal(2, file.BodyIndex(2, 0));
        Assert.Equal(
            [SkeletonText.BigId, 1234UL, 1234UL, SkeletonText.BigId, 99UL],
            file.Bodies.ToArray().Select(b => b.BodyId));
    }

    [Fact]
    public void Read_BodyInfo_KeepsAllTenFieldsAndTheFull64BitId()
    {
        var file = NtuSkeletonReader.Read(files.WriteLines("a.skeleton", ThreeFrames()));

        var info = file.Info(file.BodyIndex(0, 0));

        Assert.Equal(new NtuBodyInfo(72057594037931101UL, 0, 1, 1, 0, 1, 0, 0.1734f, -0.2108f, 2), info);
        Assert.NotEqual((ulong)(double)info.BodyId, info.BodyId);
    }

    [Fact]
    public void Read_JointFields_MatchTheTextExactly()
    {
        var file = NtuSkeletonReader.Read(files.WriteLines("a.skeleton", ThreeFrames(), "\r\n"));

        foreach (var (frame, slot, body) in new[] { (0, 1, Second), (2, 1, Big), (2, 2, Third) })
        {
            var index = file.BodyIndex(frame, slot);
            var positions = file.Positions(index);
            var depth = file.DepthCoordinates(index);
            var color = file.ColorCoordinates(index);
            var orientation = file.Orientations(index);
            var tracking = file.JointTrackingStates(index);
            for (var v = 0; v < 25; v++)
            {
                var (x, y, z) = SkeletonText.Position(body, frame, v);
                Assert.Equal(SkeletonText.Parsed(x), positions[3 * v]);
                Assert.Equal(SkeletonText.Parsed(y), positions[(3 * v) + 1]);
                Assert.Equal(SkeletonText.Parsed(z), positions[(3 * v) + 2]);
                Assert.Equal([SkeletonText.Parsed(256.5 + v), SkeletonText.Parsed(212.25 - v)], depth.Slice(2 * v, 2).ToArray());
                Assert.Equal([SkeletonText.Parsed(960.125 + v), SkeletonText.Parsed(540.75 - v)], color.Slice(2 * v, 2).ToArray());
                Assert.Equal(
                    [SkeletonText.Parsed(0.5 + (0.01 * v)), -0.25f, 0.125f, SkeletonText.Parsed(-0.001 * v)],
                    orientation.Slice(4 * v, 4).ToArray());
                Assert.Equal(v % 3, tracking[v]);
            }
        }
    }

    [Fact]
    public void Read_AllZeroOrientations_AreKeptAsZero()
    {
        var file = NtuSkeletonReader.Read(files.WriteLines("a.skeleton", ThreeFrames(zeroOrientation: true)));

        for (var b = 0; b < file.TotalBodyCount; b++)
        {
            Assert.All(file.Orientations(b).ToArray(), q => Assert.Equal(0f, q));
        }
    }

    [Fact]
    public void Read_TabsExtraSpacesTrailingBlanksAndNoFinalNewline_ParsesTheSame()
    {
        var plain = ThreeFrames();
        var messy = plain.Select((line, i) => i % 2 == 0 ? "  " + line.Replace(" ", " \t ", StringComparison.Ordinal) + "\t" : line).ToList();
        var expected = NtuSkeletonReader.Read(files.WriteLines("plain.skeleton", plain));

        var noFinalNewline = NtuSkeletonReader.Read(files.Write("last.skeleton", string.Join("\r\n", messy)));
        var trailingBlanks = NtuSkeletonReader.Read(files.Write("blank.skeleton", string.Join("\n", messy) + "\n\n  \r\n"));

        foreach (var file in new[] { noFinalNewline, trailingBlanks })
        {
            Assert.Equal(expected.TotalBodyCount, file.TotalBodyCount);
            for (var b = 0; b < file.TotalBodyCount; b++)
            {
                Assert.Equal(expected.Positions(b).ToArray(), file.Positions(b).ToArray());
                Assert.Equal(expected.Info(b), file.Info(b));
            }
        }
    }

    [Fact]
    public void Read_Stream_UsesTheGivenNameAndAcceptsUtf8Bom()
    {
        var text = "\uFEFF" + string.Join("\n", SkeletonText.OneBody());
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var file = NtuSkeletonReader.Read(stream, "in-memory");

        Assert.Equal("in-memory", file.SourcePath);
        Assert.Equal(1, file.TotalBodyCount);
        Assert.Equal(7UL, file.Info(0).BodyId);
    }

    [Fact]
    public void Read_ManyFramesAndBodies_GrowsStorageWithoutLoss()
    {
        var frames = Enumerable.Range(0, 40).Select(t => Enumerable.Range(0, 1 + (t % 4))
            .Select(b => new SyntheticBody((ulong)(b + 1), 0.1 * b, 0.002)).ToArray()).ToList();

        var file = NtuSkeletonReader.Read(files.WriteLines("many.skeleton", SkeletonText.Lines(frames)));

        Assert.Equal(frames.Sum(f => f.Length), file.TotalBodyCount);
        var last = file.BodyIndex(39, 3);
        Assert.Equal(SkeletonText.Parsed(SkeletonText.Position(frames[39][3], 39, 24).Z), file.Positions(last)[(3 * 24) + 2]);
    }

    [Fact]
    public void Read_ManyEmptyFramesThenOneBody_KeepsEveryFrame()
    {
        var frames = Enumerable.Range(0, 9000).Select(t => t == 8999 ? new[] { Third } : []).ToList();

        var file = NtuSkeletonReader.Read(files.WriteLines("sparse.skeleton", SkeletonText.Lines(frames)));

        Assert.Equal(9000, file.FrameCount);
        Assert.Equal(0, file.BodyCount(8998));
        Assert.Equal(1, file.BodyCount(8999));
        Assert.Equal(99UL, file.Info(file.BodyIndex(8999, 0)).BodyId);
    }

    [Fact]
    public void Accessors_OutOfRange_ThrowWithTheValidRange()
    {
        var file = NtuSkeletonReader.Read(files.WriteLines("a.skeleton", ThreeFrames()));

        Assert.Contains("0..2", Assert.Throws<ArgumentOutOfRangeException>(() => file.BodyCount(3)).Message, StringComparison.Ordinal);
        Assert.Contains("has 0 bodies", Assert.Throws<ArgumentOutOfRangeException>(() => file.BodyIndex(1, 0)).Message, StringComparison.Ordinal);
        Assert.Contains("0..4", Assert.Throws<ArgumentOutOfRangeException>(() => file.Info(5)).Message, StringComparison.Ordinal);
    }
}
