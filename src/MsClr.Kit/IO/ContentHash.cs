using System.Security.Cryptography;
using System.Text;

namespace MsClr.Kit.IO;

/// <summary>Short, stable names derived from content: the leading hex digits of the SHA-256 of a text's UTF-8 bytes.
/// Spec ids, synthetic data folders, result files and checkpoint fingerprints are named this way, so equal content
/// always gets the same name on any machine.</summary>
public static class ContentHash
{
    /// <summary>The first <paramref name="digits"/> lower-case hex digits of SHA-256(UTF-8 of <paramref name="text"/>),
    /// e.g. <c>ShortHex("abc", 8)</c> is <c>ba7816bf</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> outside 1..64.</exception>
    public static string ShortHex(string text, int digits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 64);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..digits];
    }
}
