using System.Globalization;
using System.Text;

namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// Line-by-line tokenizer over a byte stream for the NTU <c>.skeleton</c> text: LF or CRLF endings, fields
/// separated by any run of spaces or tabs. Numbers are parsed straight from the UTF-8 bytes with the invariant
/// culture, so no string is allocated per line or token. Errors become <see cref="NtuSkeletonFormatException"/>
/// naming the line and the item being read (set through <see cref="Where"/>).
/// </summary>
internal sealed class NtuLineReader
{
    private const int MaxFields = 16;

    private readonly Stream stream;
    private readonly string path;
    private readonly Range[] fields = new Range[MaxFields];
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool eof;
    private int lineStart;
    private int lineEnd;

    public NtuLineReader(Stream stream, string path)
    {
        this.stream = stream;
        this.path = path;
    }

    /// <summary>1-based number of the current line; 0 before the first.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Describes the item being read, for error messages only (e.g. <c>frame 3, body 0, joint 7</c>).</summary>
    public (int Frame, int Body, int Joint) Where { get; set; } = (-1, -1, -1);

    private ReadOnlySpan<byte> Line => buffer.AsSpan(lineStart, lineEnd - lineStart);

    /// <summary>Reads the next line, which must hold exactly <paramref name="expected"/> fields.</summary>
    /// <param name="expected">Number of whitespace-separated fields the line must hold.</param>
    /// <param name="what">Names the line's content, e.g. "the body count"; a constant, so nothing is formatted unless it fails.</param>
    public void ReadFields(int expected, string what)
    {
        if (!NextLine())
        {
            throw new NtuSkeletonFormatException(
                path, LineNumber + 1, $"unexpected end of file after line {LineNumber}: expected {what} ({Location()})");
        }

        var found = Split(Line);
        if (found != expected)
        {
            var hint = expected == 1 && found is 10 or 12
                ? " (more bodies or joints than the count read above?)"
                : string.Empty;
            throw Error($"expected {expected} field(s), {what} ({Location()}), found {found} field(s){hint}: '{Shown(Line)}'");
        }
    }

    /// <summary>Checks that only blank lines remain.</summary>
    public void ExpectEnd(int frameCount)
    {
        while (NextLine())
        {
            if (Split(Line) != 0)
            {
                throw Error($"expected end of file after the {frameCount} declared frames, found '{Shown(Line)}'");
            }
        }
    }

    public int Int(int field, string name)
    {
        var token = Line[fields[field]];
        return int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw NotNumber(token, name, "an integer");
    }

    public ulong UInt64(int field, string name)
    {
        var token = Line[fields[field]];
        return ulong.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw NotNumber(token, name, "an unsigned 64-bit integer");
    }

    /// <summary>A float field. Parsed as double, then rounded to float, exactly as Python's <c>float()</c> into a float32 array.</summary>
    public float Float(int field, string name)
    {
        var token = Line[fields[field]];
        return Utf8Decimal.TryParse(token, out var value)
            ? (float)value
            : throw NotNumber(token, name, "a number");
    }

    /// <summary>A float field that must be finite (after rounding to float).</summary>
    public float FiniteFloat(int field, string name)
    {
        var value = Float(field, name);
        return float.IsFinite(value)
            ? value
            : throw Error($"expected a finite {name} ({Location()}), found '{Shown(Line[fields[field]])}'");
    }

    public NtuSkeletonFormatException Error(string problem) => new(path, LineNumber, problem);

    public string Location()
    {
        var (frame, body, joint) = Where;
        var parts = new List<string>(3);
        if (frame >= 0) parts.Add($"frame {frame}");
        if (body >= 0) parts.Add($"body {body}");
        if (joint >= 0) parts.Add($"joint {joint}");
        return parts.Count == 0 ? "file header" : string.Join(", ", parts) + " (0-based)";
    }

    private NtuSkeletonFormatException NotNumber(ReadOnlySpan<byte> token, string name, string kind) =>
        Error($"expected {kind} for {name} ({Location()}), found '{Shown(token)}'");

    private static string Shown(ReadOnlySpan<byte> text) =>
        Encoding.UTF8.GetString(text.Length > 120 ? text[..120] : text);

    private int Split(ReadOnlySpan<byte> line)
    {
        var count = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && IsSpace(line[i])) i++;
            if (i == line.Length) break;
            var tokenStart = i;
            while (i < line.Length && !IsSpace(line[i])) i++;
            if (count < MaxFields) fields[count] = new Range(tokenStart, i);
            count++;
        }

        return count;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\v' or (byte)'\f';

    private bool NextLine()
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                SetLine(start, start + newline);
                start += newline + 1;
                return true;
            }

            if (eof)
            {
                if (start == end) return false;
                SetLine(start, end);
                start = end;
                return true;
            }

            Fill();
        }
    }

    private void SetLine(int from, int to)
    {
        LineNumber++;
        // A UTF-8 byte-order mark would otherwise make the frame count unreadable.
        if (LineNumber == 1 && buffer.AsSpan(from, to - from).StartsWith("\uFEFF"u8)) from += 3;
        if (to > from && buffer[to - 1] == (byte)'\r') to--;
        lineStart = from;
        lineEnd = to;
    }

    private void Fill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0) eof = true;
        end += read;
    }
}
