using MsClr.Kit.IO;

namespace MsClr.Kit.Tests.IO;

public class ContentHashTests
{
    [Theory]
    [InlineData("abc", 8, "ba7816bf")]
    [InlineData("abc", 64, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("", 12, "e3b0c44298fc")]
    public void ShortHex_KnownTexts_AreTheLeadingLowerCaseDigitsOfTheirSha256(string text, int digits, string expected) =>
        Assert.Equal(expected, ContentHash.ShortHex(text, digits));

    [Fact]
    public void ShortHex_NonAsciiText_HashesItsUtf8Bytes() =>
        // SHA-256 of the two UTF-8 bytes C3 A9 ("é"), not of a UTF-16 or Latin-1 encoding.
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([0xC3, 0xA9]))[..10], ContentHash.ShortHex("é", 10));

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void ShortHex_DigitsOutside1To64_Throw(int digits) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentHash.ShortHex("abc", digits));
}
