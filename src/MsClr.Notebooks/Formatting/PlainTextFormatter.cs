using System.Globalization;
using System.Net;
using Microsoft.DotNet.Interactive.Formatting;

namespace MsClr.Notebooks.Formatting;

/// <summary>
/// Any value as <c>text/plain</c> plus the same text in a <c>&lt;pre&gt;</c> as <c>text/html</c>. Numbers use the
/// invariant culture; types with their own <c>ToString</c> (records, tuples, anonymous objects, kit types) use it; the
/// rest (collections, dictionaries) use the .NET Interactive plain-text formatter, as the kernel does.
/// </summary>
public sealed class PlainTextFormatter : IOutputFormatter
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? Format(object value, OutputFormatContext context) => Of(TextOf(value));

    /// <summary>The MIME data for a text.</summary>
    public static IReadOnlyDictionary<string, string> Of(string text) => new Dictionary<string, string>
    {
        ["text/html"] = $"<div class=\"dni-plaintext\"><pre>{WebUtility.HtmlEncode(text)}</pre></div>",
        ["text/plain"] = text,
    };

    /// <summary>The value's plain text.</summary>
    public static string TextOf(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        return value switch
        {
            string text => text,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ when HasOwnToString(type) => value.ToString() ?? "",
            _ => value.ToDisplayString("text/plain"),
        };
    }

    private static bool HasOwnToString(Type type) =>
        type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } declaring
        && declaring != typeof(object) && declaring != typeof(ValueType);
}
