using System.Globalization;
using System.Text;
using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Ntu;

/// <summary>The fast decimal parser against its oracle, <c>double.TryParse(NumberStyles.Float, InvariantCulture)</c>: same verdict, same bits.</summary>
public sealed class Utf8DecimalTests
{
    [Theory]
    [InlineData("0.2181153")]
    [InlineData("-0.004613732")]
    [InlineData("1036.233")]
    [InlineData("72057594037931101")]
    [InlineData("9007199254740993")] // 2^53 + 1: needs the general parser
    [InlineData("2.28529e-05")]
    [InlineData("2.28529E+05")]
    [InlineData("-0")]
    [InlineData("-0.000")]
    [InlineData("+.5")]
    [InlineData("5.")]
    [InlineData("1e22")]
    [InlineData("1e23")]
    [InlineData("1e-23")]
    [InlineData("0.1000000000000000000000001")]
    [InlineData("1e99999")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("")]
    public void TryParse_Examples_MatchDoubleTryParse(string text) => AssertSameAsOracle(text);

    [Fact]
    public void TryParse_TenThousandRandomSkeletonStyleNumbers_MatchDoubleTryParseBitForBit()
    {
        var random = new Random(3);
        string[] formats = ["0.#######", "0.########", "0.###", "0.0000000000", "0.#####e+00", "0.##E-0", "#", "0.#################"];
        for (var i = 0; i < 10_000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-12, 25));
            var number = (random.NextDouble() - 0.5) * 2 * magnitude;
            AssertSameAsOracle(number.ToString(formats[i % formats.Length], CultureInfo.InvariantCulture));
            AssertSameAsOracle(number.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void TryParseFast_TypicalJointField_TakesTheFastPath()
    {
        Assert.True(Utf8Decimal.TryParseFast("-0.2059012"u8, out var value));
        Assert.Equal(-0.2059012, value);
    }

    private static void AssertSameAsOracle(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expectedOk = double.TryParse(bytes, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
        var ok = Utf8Decimal.TryParse(bytes, out var actual);
        Assert.True(expectedOk == ok, $"'{text}': double.TryParse says {expectedOk}, Utf8Decimal says {ok}");
        if (ok)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"'{text}': expected {expected:R}, got {actual:R}");
        }
    }
}
