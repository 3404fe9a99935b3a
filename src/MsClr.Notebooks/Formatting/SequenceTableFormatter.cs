using System.Collections;
using System.Reflection;
using Microsoft.Data.Analysis;
using MsClr.Kit.Data.Store;

namespace MsClr.Notebooks.Formatting;

/// <summary>
/// A sequence of objects (records, anonymous objects, kit types with properties) as a table, one row per item and one
/// column per public property, as the .NET Interactive kernel shows it: a notebook cell ending in
/// <c>specs.Select(s => new { s.Id, s.Stream })</c> reads the same headless as in Jupyter. Sequences of scalars, strings,
/// dictionaries, tuples and tensors are left to the plain-text formatter.
/// </summary>
public sealed class SequenceTableFormatter : IOutputFormatter
{
    /// <summary>Rows shown; a note says how many more there were.</summary>
    public const int MaxRows = DataFrameFormatting.DefaultMaxRows;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string>? Format(object value, OutputFormatContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is string or DataFrame or IDictionary || value is not IEnumerable sequence
            || value.GetType().Namespace?.StartsWith("TorchSharp", StringComparison.Ordinal) == true
            || ElementType(value.GetType()) is not { } element || IsScalar(element))
        {
            return null;
        }

        var properties = element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        if (properties.Length == 0)
        {
            return null;
        }

        var items = sequence.Cast<object?>().Take(MaxRows + 1).ToList();
        var frame = new DataFrame(properties.Select(p => (DataFrameColumn)new StringDataFrameColumn(
            p.Name, items.Select(i => i is null ? null : Cell(p.GetValue(i))))));
        return new Dictionary<string, string>
        {
            ["text/html"] = DataFrameFormatting.ToHtml(frame, MaxRows),
            ["text/plain"] = DataFrameFormatting.ToText(frame, MaxRows),
        };
    }

    private static string? Cell(object? value) => value is null ? null : PlainTextFormatter.TextOf(value);

    private static Type? ElementType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
            .GetGenericArguments()[0];

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(TimeSpan)
            || t == typeof(object) || t.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true
            || t.Namespace?.StartsWith("TorchSharp", StringComparison.Ordinal) == true;
    }
}
