using System.Globalization;

namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// Decimal text to double, bit-identical to <c>double.TryParse(token, NumberStyles.Float, InvariantCulture)</c> and
/// about three times faster on the short numbers of <c>.skeleton</c> files. Plain decimals ([sign] digits [. digits]
/// [e [sign] digits]) whose significand fits in 53 bits and whose power of ten is at most 22 take Clinger's fast path:
/// significand and power are both exact doubles, so one multiplication or division gives the correctly rounded
/// result, as the general parser does. Everything else goes to <c>double.TryParse</c>.
/// </summary>
internal static class Utf8Decimal
{
    private const ulong MaxExactSignificand = 1UL << 53;
    private const int MaxExactPower = 22;
    private const int MaxSignificandDigits = 19; // 10^19 - 1 still fits in a ulong

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses <paramref name="token"/> (no surrounding whitespace) as double.TryParse with NumberStyles.Float and the invariant culture would.</summary>
    public static bool TryParse(ReadOnlySpan<byte> token, out double value) =>
        TryParseFast(token, out value) || double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>The fast path only; false means "not decided here", not "invalid".</summary>
    internal static bool TryParseFast(ReadOnlySpan<byte> token, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < token.Length && token[i] is (byte)'-' or (byte)'+')
        {
            negative = token[i] == (byte)'-';
            i++;
        }

        ulong significand = 0;
        var significantDigits = 0;
        var digits = 0;
        var exponent = 0;
        for (; i < token.Length && IsDigit(token[i]); i++, digits++)
        {
            if (!Accumulate(token[i], ref significand, ref significantDigits))
            {
                return false;
            }
        }

        if (i < token.Length && token[i] == (byte)'.')
        {
            for (i++; i < token.Length && IsDigit(token[i]); i++, digits++)
            {
                if (!Accumulate(token[i], ref significand, ref significantDigits))
                {
                    return false;
                }

                exponent--;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < token.Length && token[i] is (byte)'e' or (byte)'E')
        {
            i++;
            var exponentNegative = false;
            if (i < token.Length && token[i] is (byte)'-' or (byte)'+')
            {
                exponentNegative = token[i] == (byte)'-';
                i++;
            }

            var written = 0;
            var stated = 0;
            for (; i < token.Length && IsDigit(token[i]); i++, written++)
            {
                if (written == 4)
                {
                    return false; // out of the fast path's range anyway; the general parser handles huge exponents
                }

                stated = (stated * 10) + (token[i] - '0');
            }

            if (written == 0)
            {
                return false;
            }

            exponent += exponentNegative ? -stated : stated;
        }

        if (i != token.Length)
        {
            return false;
        }

        if (significand == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }

        if (significand > MaxExactSignificand || exponent is < -MaxExactPower or > MaxExactPower)
        {
            return false;
        }

        var magnitude = exponent < 0 ? significand / PowersOfTen[-exponent] : significand * PowersOfTen[exponent];
        value = negative ? -magnitude : magnitude;
        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    // Leading zeros add nothing; more than 19 significant digits could overflow and need the general parser anyway.
    private static bool Accumulate(byte digit, ref ulong significand, ref int significantDigits)
    {
        if (significand == 0 && digit == (byte)'0')
        {
            return true;
        }

        if (++significantDigits > MaxSignificandDigits)
        {
            return false;
        }

        significand = (significand * 10) + (ulong)(digit - '0');
        return true;
    }
}
