using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Ntu;

/// <summary>
/// One test per malformed-file case. Line map of <see cref="SkeletonText.OneBody"/>-style files: 1 frame count,
/// 2 body count, 3 body info, 4 joint count, 5..29 joints 0..24; the next frame starts at line 30.
/// </summary>
public sealed class NtuSkeletonReaderErrorTests : IDisposable
{
    private readonly NtuTestFiles files = new();

    public void Dispose() => files.Dispose();

    private NtuSkeletonFormatException Fails(List<string> lines, int expectedLine, string fragment, string newline = "\n")
    {
        var path = files.WriteLines("S009C002P015R001A042.skeleton", lines, newline);

        var error = Assert.Throws<NtuSkeletonFormatException>(() => NtuSkeletonReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(expectedLine, error.Line);
        Assert.Contains("S009C002P015R001A042.skeleton", error.Message, StringComparison.Ordinal);
        Assert.Contains($":{expectedLine}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(error);
        return error;
    }

    private static List<string> TwoFrames() => SkeletonText.Lines([[new SyntheticBody(5, 0.1)], [new SyntheticBody(5, 0.1)]]);

    [Fact]
    public void Read_TruncatedInsideJoints_ReportsTheFirstMissingLine()
    {
        var lines = TwoFrames().Take(40).ToList();

        Fails(lines, 41, "unexpected end of file after line 40: expected the 12 joint fields (frame 1, body 0, joint 8 (0-based))");
    }

    [Fact]
    public void Read_TruncatedBeforeAFrame_ReportsTheBodyCountLine()
    {
        var lines = TwoFrames().Take(29).ToList();

        Fails(lines, 30, "expected the body count (frame 1");
    }

    [Fact]
    public void Read_NonNumericToken_ReportsFieldAndToken()
    {
        var lines = SkeletonText.OneBody();
        var fields = lines[9].Split(' ');
        fields[1] = "0.1x";
        lines[9] = string.Join(' ', fields);

        Fails(lines, 10, "expected a number for y (frame 0, body 0, joint 5 (0-based)), found '0.1x'", "\r\n");
    }

    [Fact]
    public void Read_NonIntegerBodyId_ReportsBodyId()
    {
        var lines = SkeletonText.OneBody();
        lines[2] = "-5" + lines[2][1..];

        Fails(lines, 3, "expected an unsigned 64-bit integer for bodyID");
    }

    [Theory]
    [InlineData("24")]
    [InlineData("26")]
    public void Read_JointCountNot25_ReportsCount(string count)
    {
        var lines = SkeletonText.OneBody();
        lines[3] = count;

        Fails(lines, 4, $"expected a joint count of 25 (frame 0, body 0 (0-based)), found {count}");
    }

    [Theory]
    [InlineData(0, "NaN")]
    [InlineData(1, "Infinity")]
    [InlineData(2, "-Infinity")]
    [InlineData(2, "1e39")]
    public void Read_NonFiniteCoordinate_ReportsIt(int field, string token)
    {
        var lines = SkeletonText.OneBody();
        var fields = lines[20].Split(' ');
        fields[field] = token;
        lines[20] = string.Join(' ', fields);

        Fails(lines, 21, $"expected a finite {"xyz"[field]} (frame 0, body 0, joint 16 (0-based)), found '{token}'");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Read_NoFrames_ReportsLineOne(string count)
    {
        Fails([count], 1, $"expected a frame count of at least 1, found {count}");
    }

    [Fact]
    public void Read_EmptyFile_ReportsMissingFrameCount()
    {
        var path = files.Write("S001C001P001R001A001.skeleton", string.Empty);

        var error = Assert.Throws<NtuSkeletonFormatException>(() => NtuSkeletonReader.Read(path));

        Assert.Equal(1, error.Line);
        Assert.Contains("S001C001P001R001A001.skeleton:1: unexpected end of file after line 0: expected the frame count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JointLineWithElevenFields_ReportsFieldCount()
    {
        var lines = SkeletonText.OneBody();
        lines[6] = string.Join(' ', lines[6].Split(' ')[..11]);

        Fails(lines, 7, "expected 12 field(s), the 12 joint fields (frame 0, body 0, joint 2 (0-based)), found 11 field(s)");
    }

    [Fact]
    public void Read_BodyInfoWithNineFields_ReportsFieldCount()
    {
        var lines = SkeletonText.OneBody();
        lines[2] = string.Join(' ', lines[2].Split(' ')[..9]);

        Fails(lines, 3, "expected 10 field(s), the 10 body-info fields (frame 0, body 0 (0-based)), found 9 field(s)");
    }

    [Fact]
    public void Read_BlankLineInsideBody_ReportsZeroFields()
    {
        var lines = SkeletonText.OneBody();
        lines.Insert(10, "   ");

        Fails(lines, 11, "found 0 field(s)");
    }

    [Fact]
    public void Read_MoreBodiesThanDeclared_FailsWhereTheNextBodyCountIsRead()
    {
        var extra = SkeletonText.BodyLines(new SyntheticBody(6, 0.3), 0).ToList();
        var lines = TwoFrames();
        lines.InsertRange(29, extra);

        Fails(lines, 30, "expected 1 field(s), the body count (frame 1 (0-based)), found 10 field(s) (more bodies or joints than the count read above?)");
    }

    [Fact]
    public void Read_MoreBodiesThanDeclaredInLastFrame_ReportsUnexpectedContent()
    {
        var lines = SkeletonText.OneBody();
        lines.AddRange(SkeletonText.BodyLines(new SyntheticBody(6, 0.3), 0));

        Fails(lines, 30, "expected end of file after the 1 declared frames, found '6 0 1 1 0 1 0 0.1734 -0.2108 2'");
    }

    [Fact]
    public void Read_HugeDeclaredFrameCount_FailsAsTruncatedNotOutOfMemory()
    {
        Fails(["2000000000", "0"], 3, "unexpected end of file after line 2: expected the body count (frame 1 (0-based))");
    }

    [Fact]
    public void Read_NegativeBodyCount_ReportsIt()
    {
        var lines = SkeletonText.OneBody();
        lines[1] = "-1";

        Fails(lines, 2, "expected a body count of at least 0 (frame 0 (0-based)), found -1");
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(files.Folder, "absent.skeleton");

        Assert.Contains(path, Assert.Throws<FileNotFoundException>(() => NtuSkeletonReader.Read(path)).Message, StringComparison.Ordinal);
    }
}
