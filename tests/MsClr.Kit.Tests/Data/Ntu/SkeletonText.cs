using System.Globalization;

namespace MsClr.Kit.Tests.Data.Ntu;

/// <summary>A body in a synthetic frame: its id, and its position offset and motion per frame (metres).</summary>
internal readonly record struct SyntheticBody(ulong Id, double Offset, double Motion = 0.0);

/// <summary>
/// Writes small synthetic <c>.skeleton</c> texts with known values. Joint (v) of a body at frame t sits at
/// x = Offset + 0.01·v + Motion·t, y = 0.5·Offset − 0.02·v − 0.5·Motion·t, z = 3 + 0.001·v + Motion·t (rounded to
/// 6 decimals in the text); the other joint fields also follow v so every field can be checked.
/// </summary>
internal static class SkeletonText
{
    public const ulong BigId = 72057594037931101;
    public const int LinesPerBody = 27;

    public static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The float the reader must produce for a number written by <see cref="Number"/>.</summary>
    public static float Parsed(double value) => (float)double.Parse(Number(value), CultureInfo.InvariantCulture);

    public static (double X, double Y, double Z) Position(SyntheticBody body, int frame, int joint) =>
        (body.Offset + (0.01 * joint) + (body.Motion * frame),
         (0.5 * body.Offset) - (0.02 * joint) - (0.5 * body.Motion * frame),
         3 + (0.001 * joint) + (body.Motion * frame));

    public static string BodyInfoLine(ulong id) => $"{id} 0 1 1 0 1 0 0.1734 -0.2108 2";

    public static string JointLine(SyntheticBody body, int frame, int joint, bool zeroOrientation = false)
    {
        var (x, y, z) = Position(body, frame, joint);
        var orientation = zeroOrientation ? "0 0 0 0" : $"{Number(0.5 + (0.01 * joint))} -0.25 0.125 {Number(-0.001 * joint)}";
        return $"{Number(x)} {Number(y)} {Number(z)} {Number(256.5 + joint)} {Number(212.25 - joint)} "
            + $"{Number(960.125 + joint)} {Number(540.75 - joint)} {orientation} {joint % 3}";
    }

    /// <summary>Lines of a whole file, one entry of <paramref name="frames"/> per frame.</summary>
    public static List<string> Lines(IReadOnlyList<SyntheticBody[]> frames, bool zeroOrientation = false)
    {
        var lines = new List<string> { frames.Count.ToString(CultureInfo.InvariantCulture) };
        for (var t = 0; t < frames.Count; t++)
        {
            lines.Add(frames[t].Length.ToString(CultureInfo.InvariantCulture));
            foreach (var body in frames[t])
            {
                lines.AddRange(BodyLines(body, t, zeroOrientation));
            }
        }

        return lines;
    }

    public static IEnumerable<string> BodyLines(SyntheticBody body, int frame, bool zeroOrientation = false)
    {
        yield return BodyInfoLine(body.Id);
        yield return "25";
        for (var v = 0; v < 25; v++)
        {
            yield return JointLine(body, frame, v, zeroOrientation);
        }
    }

    /// <summary>One frame, one body: the smallest valid file (29 lines).</summary>
    public static List<string> OneBody() => Lines([[new SyntheticBody(7, 0.25)]]);
}
