using System.Globalization;
using System.Text;
using Plotly.NET;
using FChart = Plotly.NET.Chart;

namespace MsClr.Kit.Plots;

/// <summary>
/// Small helpers shared by the chart builders: colours, number formatting and raw property edits for what
/// Plotly.NET.CSharp 0.14 has no parameter for (hover text, null gaps, bar mode, scene camera).
/// </summary>
/// <remarks>Every helper mutates the chart it is given, so call them only on a chart the builder has just created.</remarks>
internal static class ChartStyle
{
    /// <summary>Our measurements.</summary>
    public const string Ours = "#1f77b4";

    /// <summary>Numbers quoted from the paper.</summary>
    public const string Paper = "#8c8c8c";

    /// <summary>A gain, a left joint.</summary>
    public const string Positive = "#2ca02c";

    /// <summary>A drop.</summary>
    public const string Negative = "#d62728";

    /// <summary>No change, a centre joint.</summary>
    public const string Neutral = "#7f7f7f";

    /// <summary>The left side of a body.</summary>
    public const string Left = "#1f77b4";

    /// <summary>The right side of a body.</summary>
    public const string Right = "#d62728";

    /// <summary>Bones.</summary>
    public const string Bone = "#444444";

    private static readonly string[] Category10 =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>
    /// Sets the chart's title (Plotly.NET.CSharp has no <c>WithTitle</c>). Plotly never wraps a title, so a long one is
    /// split into a head and a smaller subtitle (see <see cref="Wrapped"/>).
    /// </summary>
    public static GenericChart Titled(GenericChart chart, string title) => FChart.withTitle(Wrapped(title), null).Invoke(chart);

    /// <summary>Titles longer than this many characters are split into a head and a subtitle.</summary>
    public const int LongTitle = 70;

    /// <summary>Subtitle lines are wrapped at word boundaries to at most this many characters (about 650 px at
    /// Plotly's subtitle size, so they fit the default 700-px-wide chart).</summary>
    public const int SubtitleLine = 100;

    /// <summary>
    /// <paramref name="title"/> when it is short; otherwise its head, then its tail as <c>&lt;sup&gt;</c> lines of at
    /// most <see cref="SubtitleLine"/> characters. The head ends at the first <c>": "</c> (titles of the form
    /// <c>what: how it is compared</c>), else at the last <c>", "</c> within <see cref="LongTitle"/> characters, else at
    /// the last space there.
    /// </summary>
    public static string Wrapped(string title)
    {
        if (title.Length <= LongTitle)
        {
            return title;
        }

        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        var comma = LastOutsideParentheses(title, ", ");
        var space = LastOutsideParentheses(title, " ");
        var (head, tail) = colon >= 0 ? (title[..colon], title[(colon + 2)..])
            : comma > 0 ? (title[..comma], title[(comma + 2)..])
            : space > 0 ? (title[..space], title[(space + 1)..])
            : (title, "");
        return tail.Length == 0 ? head : head + string.Concat(WrapWords(tail, SubtitleLine).Select(line => $"<br><sup>{line}</sup>"));
    }

    // The last occurrence of separator that starts within LongTitle characters and outside parentheses, so that a
    // head like "Frozen features (ntu-rgb+d, smoke budget)" is never cut inside its parenthesis; -1 when there is none.
    private static int LastOutsideParentheses(string title, string separator)
    {
        var found = -1;
        var depth = 0;
        for (var i = 0; i < Math.Min(title.Length, LongTitle); i++)
        {
            depth += title[i] == '(' ? 1 : title[i] == ')' ? -1 : 0;
            if (depth == 0 && i > 0 && string.CompareOrdinal(title, i, separator, 0, separator.Length) == 0)
            {
                found = i;
            }
        }

        return found;
    }

    /// <summary>
    /// A category label broken into lines (<c>&lt;br&gt;</c>) of at most <paramref name="maxLine"/> characters at its
    /// spaces, for tick labels that must stay horizontal; a single word longer than that stays whole.
    /// </summary>
    public static string WrapLabel(string label, int maxLine) => string.Join("<br>", WrapWords(label, maxLine));

    private static IEnumerable<string> WrapWords(string text, int maxLine)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxLine)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>Sets <paramref name="name"/> on every trace of <paramref name="chart"/>.</summary>
    public static GenericChart WithTraceProperty(GenericChart chart, string name, object? value)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty(name, value);
        }

        return chart;
    }

    /// <summary>Sets a top-level layout property such as <c>barmode</c>.</summary>
    public static GenericChart WithLayoutProperty(GenericChart chart, string name, object value)
    {
        GenericChart.getLayout(chart).SetProperty(name, value);
        return chart;
    }

    /// <summary>
    /// Sets <paramref name="name"/> on the layout axis <paramref name="axis"/> (<c>xaxis</c>, <c>yaxis2</c>, …), keeping
    /// what the axis already has (title, domain, anchor); an axis the layout lacks is created with that one property.
    /// </summary>
    public static GenericChart WithAxisProperty(GenericChart chart, string axis, string name, object value)
    {
        var layout = GenericChart.getLayout(chart);
        if (layout.TryGetPropertyValue(axis) is { } existing && existing.Value is DynamicObj.DynamicObj dynamic)
        {
            dynamic.SetProperty(name, value);
        }
        else
        {
            layout.SetProperty(axis, new Dictionary<string, object> { [name] = value });
        }

        return chart;
    }

    /// <summary>Values for a JSON array where a missing or non-finite value becomes <c>null</c>, which Plotly draws as a gap.</summary>
    public static object?[] WithGaps(IEnumerable<double?> values) =>
        values.Select(v => v is { } d && double.IsFinite(d) ? (object?)d : null).ToArray();

    /// <summary>Values for a JSON array where a non-finite value becomes <c>null</c>.</summary>
    public static object?[] WithGaps(IEnumerable<double> values) => WithGaps(values.Select(v => (double?)v));

    /// <summary>One decimal, invariant culture; an em dash for a missing value.</summary>
    public static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    /// <summary>A signed difference with one decimal (<c>+1.2</c>, <c>-0.4</c>, <c>0.0</c>).</summary>
    public static string Signed(double value) =>
        value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="count"/> distinct, deterministic colours: the D3 category10 palette when it is enough, otherwise
    /// hues spaced by the golden angle so that neighbouring classes differ.
    /// </summary>
    public static string[] Palette(int count)
    {
        if (count <= Category10.Length)
        {
            return Category10[..count];
        }

        return Enumerable.Range(0, count).Select(i =>
        {
            var hue = i * 137.50776405 % 360.0;
            var lightness = i % 2 == 0 ? 0.45 : 0.60;
            return Hsl(hue, 0.65, lightness);
        }).ToArray();
    }

    /// <summary>Throws when two labels are equal: a category axis would merge them into one slot.</summary>
    public static void RequireDistinct(IEnumerable<string> labels, string parameter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (!seen.Add(label))
            {
                throw new ArgumentException($"label '{label}' appears twice; category axes need distinct labels", parameter);
            }
        }
    }

    private static string Hsl(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs((2 * lightness) - 1)) * saturation;
        var sector = hue / 60.0;
        var x = chroma * (1 - Math.Abs((sector % 2) - 1));
        var (r, g, b) = (int)sector switch
        {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        var m = lightness - (chroma / 2);
        static int Byte(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * 255);
        return string.Create(CultureInfo.InvariantCulture, $"#{Byte(r + m):x2}{Byte(g + m):x2}{Byte(b + m):x2}");
    }
}
