using System.Globalization;

namespace MsClr.Kit.IO.Npy;

/// <summary>
/// Parses the Python dict literal of a <c>.npy</c> header, e.g. <c>{'descr': '&lt;f4', 'fortran_order': False, 'shape': (2, 3), }</c>.
/// Values may be strings, True/False, integers or tuples of integers, which is all numpy writes for simple dtypes.
/// </summary>
internal sealed class NpyHeaderParser
{
    private readonly string _text;
    private readonly string _path;
    private int _at;

    private NpyHeaderParser(string text, string path)
    {
        _text = text;
        _path = path;
    }

    /// <summary>The dict's entries: string, bool, long or long[] values by key.</summary>
    /// <exception cref="NpyFormatException">The text is not such a dict; the message quotes it and the position.</exception>
    public static Dictionary<string, object> Parse(string text, string path)
    {
        var parser = new NpyHeaderParser(text, path);
        var result = parser.ParseDict();
        parser.SkipSpace();
        return parser._at == text.Length ? result : throw parser.Error("end of header after '}'");
    }

    private Dictionary<string, object> ParseDict()
    {
        var entries = new Dictionary<string, object>(StringComparer.Ordinal);
        Expect('{');
        while (!TryConsume('}'))
        {
            var key = ParseString();
            Expect(':');
            if (!entries.TryAdd(key, ParseValue()))
            {
                throw Error($"each key once, found '{key}' twice");
            }

            if (!TryConsume(','))
            {
                Expect('}');
                break;
            }
        }

        return entries;
    }

    private object ParseValue()
    {
        SkipSpace();
        return Peek() switch
        {
            '\'' or '"' => ParseString(),
            '(' => ParseTuple(),
            '[' => throw Error("a dtype string; structured dtypes (a list) are not supported"),
            _ when Word("True") => true,
            _ when Word("False") => false,
            _ => ParseInteger(),
        };
    }

    private long[] ParseTuple()
    {
        var items = new List<long>();
        Expect('(');
        while (!TryConsume(')'))
        {
            items.Add(ParseInteger());
            if (!TryConsume(','))
            {
                Expect(')');
                break;
            }
        }

        return items.ToArray();
    }

    private long ParseInteger()
    {
        SkipSpace();
        var start = _at;
        while (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
        {
            _at++;
        }

        if (_at == start || !long.TryParse(_text.AsSpan(start, _at - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Error("a non-negative integer");
        }

        TryConsume('L'); // Python 2 wrote long integers as 3L.
        return value;
    }

    private string ParseString()
    {
        SkipSpace();
        var quote = Peek();
        if (quote is not ('\'' or '"'))
        {
            throw Error("a quoted string");
        }

        var end = _text.IndexOf(quote, _at + 1);
        if (end < 0)
        {
            throw Error($"a closing {quote}");
        }

        var value = _text[(_at + 1)..end];
        _at = end + 1;
        return value;
    }

    private bool Word(string word)
    {
        if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
        {
            return false;
        }

        _at += word.Length;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Error($"'{c}'");
        }
    }

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (Peek() != c)
        {
            return false;
        }

        _at++;
        return true;
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private NpyFormatException Error(string expected)
    {
        var found = _at < _text.Length ? $"'{_text[_at]}'" : "the end";
        return new NpyFormatException(_path, $"malformed header dict at character {_at}: expected {expected}, found {found} in {_text.TrimEnd()}");
    }
}
