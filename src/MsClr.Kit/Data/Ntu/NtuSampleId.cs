using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// An NTU RGB+D sample name <c>SsssCcccPpppRrrrAaaa</c> (e.g. <c>S001C002P003R002A013</c>): setup, camera,
/// performer (subject), replication and action, all 1-based exactly as written in the name.
/// <see cref="Label"/> is the only 0-based value. <c>default</c> holds zeros and is not a valid sample.
/// </summary>
public readonly record struct NtuSampleId : IComparable<NtuSampleId>
{
    /// <summary>Length of the bare name, <c>SsssCcccPpppRrrrAaaa</c>.</summary>
    public const int NameLength = 20;

    private static readonly string[] Suffixes = [".skeleton", "_rgb.avi", "_rgb"];
    private const string Letters = "SCPRA";

    /// <summary>Creates an id from its 1-based parts (each 1..999, the three digits of the name).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside 1..999.</exception>
    public NtuSampleId(int setup, int camera, int performer, int replication, int action)
    {
        Setup = InRange(setup, nameof(setup));
        Camera = InRange(camera, nameof(camera));
        Performer = InRange(performer, nameof(performer));
        Replication = InRange(replication, nameof(replication));
        Action = InRange(action, nameof(action));
    }

    /// <summary>Setup number, 1-based (<c>sss</c>; 1..17 in NTU-60, 1..32 in NTU-120).</summary>
    public int Setup { get; }

    /// <summary>Camera id, 1-based (<c>ccc</c>; 1..3).</summary>
    public int Camera { get; }

    /// <summary>Performer id, 1-based (<c>ppp</c>); the "subject" of the cross-subject benchmarks.</summary>
    public int Performer { get; }

    /// <summary>Same as <see cref="Performer"/>: the benchmarks call it the subject.</summary>
    public int Subject => Performer;

    /// <summary>Replication number, 1-based (<c>rrr</c>; 1 or 2).</summary>
    public int Replication { get; }

    /// <summary>Action class, 1-based as in the name (<c>aaa</c>; 1..60 or 1..120).</summary>
    public int Action { get; }

    /// <summary>Class label, 0-based: <see cref="Action"/> − 1, as the official gendata writes it.</summary>
    public int Label => Action - 1;

    /// <summary>
    /// Parses a sample name, optionally followed by <c>.skeleton</c>, <c>_rgb</c> or <c>_rgb.avi</c>;
    /// surrounding whitespace is ignored. Letters are case-sensitive upper case, as in the dataset.
    /// </summary>
    /// <exception cref="FormatException">The text is not a sample name; the message quotes it and names what was expected.</exception>
    public static NtuSampleId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), out var id, out var problem)
            ? id
            : throw new FormatException($"'{text}' is not an NTU sample name: {problem}");
    }

    /// <summary>Like <see cref="Parse"/>, but returns false instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out NtuSampleId id)
    {
        if (text is null)
        {
            id = default;
            return false;
        }

        return TryParse(text.AsSpan(), out id, out _);
    }

    /// <summary>Like <see cref="Parse"/> over a span, returning false instead of throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out NtuSampleId id) => TryParse(text, out id, out _);

    /// <summary>The bare name, <c>SsssCcccPpppRrrrAaaa</c>; <see cref="Parse"/> reads it back equal.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"S{Setup:D3}C{Camera:D3}P{Performer:D3}R{Replication:D3}A{Action:D3}");

    /// <summary>Orders as the names sort (setup, camera, performer, replication, action), which is gendata's order.</summary>
    public int CompareTo(NtuSampleId other)
    {
        var c = Setup.CompareTo(other.Setup);
        if (c == 0) c = Camera.CompareTo(other.Camera);
        if (c == 0) c = Performer.CompareTo(other.Performer);
        if (c == 0) c = Replication.CompareTo(other.Replication);
        return c != 0 ? c : Action.CompareTo(other.Action);
    }

    private static bool TryParse(ReadOnlySpan<char> text, out NtuSampleId id, out string problem)
    {
        id = default;
        var name = text.Trim();
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        if (name.Length != NameLength)
        {
            problem = $"expected {NameLength} characters SsssCcccPpppRrrrAaaa (e.g. S001C002P003R002A013), found {name.Length}";
            return false;
        }

        Span<int> parts = stackalloc int[Letters.Length];
        for (var p = 0; p < Letters.Length; p++)
        {
            var at = 4 * p;
            if (name[at] != Letters[p])
            {
                problem = $"expected '{Letters[p]}' at position {at}, found '{name[at]}'";
                return false;
            }

            var value = 0;
            for (var k = 1; k <= 3; k++)
            {
                var ch = name[at + k];
                if (ch is < '0' or > '9')
                {
                    problem = $"expected a digit at position {at + k} (after '{Letters[p]}'), found '{ch}'";
                    return false;
                }

                value = (10 * value) + (ch - '0');
            }

            if (value == 0)
            {
                problem = $"'{Letters[p]}000' is not a valid 1-based number; expected 001..999";
                return false;
            }

            parts[p] = value;
        }

        id = new NtuSampleId(parts[0], parts[1], parts[2], parts[3], parts[4]);
        problem = string.Empty;
        return true;
    }

    private static int InRange(int value, string name) => value is >= 1 and <= 999
        ? value
        : throw new ArgumentOutOfRangeException(name, value, $"NtuSampleId.{name}: expected 1..999 (three digits, 1-based), found {value}");
}
