namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// Reads the NTU RGB+D <c>.skeleton</c> text format (reference-spec §1.1) into an <see cref="NtuSkeletonFile"/>:
/// a frame-count line; per frame a body-count line (may be 0); per body a line of 10 body-info fields, a
/// joint-count line (always 25) and 25 lines of 12 joint fields (x y z in metres, depthX depthY, colorX colorY,
/// orientation W X Y Z, tracking state). LF and CRLF endings and any run of spaces or tabs are accepted; trailing
/// blank lines are ignored. Streaming and allocation-light: one buffer per call, no string per token.
/// </summary>
public static class NtuSkeletonReader
{
    private const int BodyFields = 10;
    private const int JointFields = 12;

    private static readonly string[] BodyFieldNames =
    [
        "bodyID", "clipedEdges", "handLeftConfidence", "handLeftState", "handRightConfidence",
        "handRightState", "isResticted", "leanX", "leanY", "trackingState",
    ];

    private static readonly string[] JointFieldNames =
    [
        "x", "y", "z", "depthX", "depthY", "colorX", "colorY",
        "orientationW", "orientationX", "orientationY", "orientationZ", "trackingState",
    ];

    /// <summary>Reads a <c>.skeleton</c> file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NtuSkeletonFormatException">
    /// The file breaks the format: zero frames, a truncated file, a non-numeric token, a line with the wrong number
    /// of fields (also what extra bodies or joints beyond the declared counts produce), a joint count other than 25,
    /// or a NaN/infinite x, y or z. The exception gives the path and the 1-based line.
    /// </exception>
    public static NtuSkeletonFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"NTU skeleton file not found: {path}", path);
        }

        // bufferSize 0: the line reader does its own buffering.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return Read(stream, path);
    }

    /// <summary>Reads <c>.skeleton</c> text from a stream; <paramref name="sourceName"/> names it in errors and in <see cref="NtuSkeletonFile.SourcePath"/>.</summary>
    /// <exception cref="NtuSkeletonFormatException">The text breaks the format (see <see cref="Read(string)"/>).</exception>
    public static NtuSkeletonFile Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var lines = new NtuLineReader(stream, sourceName);

        lines.ReadFields(1, "the frame count");
        var frameCount = lines.Int(0, "the frame count");
        if (frameCount < 1)
        {
            throw lines.Error($"expected a frame count of at least 1, found {frameCount}");
        }

        var builder = new NtuSkeletonBuilder(frameCount);
        for (var frame = 0; frame < frameCount; frame++)
        {
            lines.Where = (frame, -1, -1);
            lines.ReadFields(1, "the body count");
            var bodyCount = lines.Int(0, "the body count");
            if (bodyCount < 0)
            {
                throw lines.Error($"expected a body count of at least 0 ({lines.Location()}), found {bodyCount}");
            }

            for (var body = 0; body < bodyCount; body++)
            {
                lines.Where = (frame, body, -1);
                ReadBody(lines, builder);
            }

            builder.EndFrame();
        }

        lines.Where = (-1, -1, -1);
        lines.ExpectEnd(frameCount);
        return builder.Build(sourceName);
    }

    private static void ReadBody(NtuLineReader lines, NtuSkeletonBuilder builder)
    {
        lines.ReadFields(BodyFields, "the 10 body-info fields");
        var info = new NtuBodyInfo(
            lines.UInt64(0, BodyFieldNames[0]),
            lines.Int(1, BodyFieldNames[1]),
            lines.Int(2, BodyFieldNames[2]),
            lines.Int(3, BodyFieldNames[3]),
            lines.Int(4, BodyFieldNames[4]),
            lines.Int(5, BodyFieldNames[5]),
            lines.Int(6, BodyFieldNames[6]),
            lines.Float(7, BodyFieldNames[7]),
            lines.Float(8, BodyFieldNames[8]),
            lines.Int(9, BodyFieldNames[9]));

        lines.ReadFields(1, "the joint count");
        var jointCount = lines.Int(0, "the joint count");
        if (jointCount != NtuSkeletonFile.JointCount)
        {
            throw lines.Error($"expected a joint count of {NtuSkeletonFile.JointCount} ({lines.Location()}), found {jointCount}");
        }

        var index = builder.AddBody(info);
        var positions = builder.Positions(index);
        var depth = builder.Depth(index);
        var color = builder.Color(index);
        var orientations = builder.Orientations(index);
        var tracking = builder.Tracking(index);
        var (frame, body, _) = lines.Where;
        for (var joint = 0; joint < NtuSkeletonFile.JointCount; joint++)
        {
            lines.Where = (frame, body, joint);
            lines.ReadFields(JointFields, "the 12 joint fields");
            for (var c = 0; c < 3; c++)
            {
                positions[(3 * joint) + c] = lines.FiniteFloat(c, JointFieldNames[c]);
            }

            depth[2 * joint] = lines.Float(3, JointFieldNames[3]);
            depth[(2 * joint) + 1] = lines.Float(4, JointFieldNames[4]);
            color[2 * joint] = lines.Float(5, JointFieldNames[5]);
            color[(2 * joint) + 1] = lines.Float(6, JointFieldNames[6]);
            for (var q = 0; q < 4; q++)
            {
                orientations[(4 * joint) + q] = lines.Float(7 + q, JointFieldNames[7 + q]);
            }

            var state = lines.Int(11, JointFieldNames[11]);
            if (state is < 0 or > byte.MaxValue)
            {
                throw lines.Error($"expected a joint trackingState in 0..255 ({lines.Location()}), found {state}");
            }

            tracking[joint] = (byte)state;
        }
    }
}
