using System.Buffers.Binary;
using System.Text;
using MsClr.Kit.IO.Npy;

namespace MsClr.Kit.Tests.IO.Npy;

public sealed class NpyTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("msclr-npy-tests-");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Write_Float32EachVersion_ReadsBackBitForBit(int version)
    {
        var data = Enumerable.Range(0, 24).Select(i => (i - 11.5f) * 0.1234567f).Append(-0f).Skip(1).ToArray();
        var path = PathOf($"f4v{version}.npy");

        NpyWriter.Write(path, data, [2, 3, 4], version);
        var array = NpyReader.Read(path);

        Assert.Equal([2L, 3, 4], array.Shape);
        Assert.Equal("<f4", array.SourceDescr);
        Assert.Equal(data.Select(BitConverter.SingleToInt32Bits), array.Data.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(version, NpyReader.ReadHeader(path).MajorVersion);
    }

    [Fact]
    public void Write_Float64_ReadsBackRoundedToFloat32()
    {
        double[] data = [0.1, -2.5, 1e-40, 123456789.123];
        var path = PathOf("f8.npy");

        NpyWriter.Write(path, data, [4]);
        var array = NpyReader.Read(path);

        Assert.Equal("<f8", array.SourceDescr);
        Assert.Equal("(4,)", array.ShapeText);
        Assert.Equal(data.Select(d => (float)d), array.Data);
    }

    [Fact]
    public void Header_Float32TwoByThree_MatchesNumpyLayout()
    {
        var header = NpyWriter.Header("<f4", [2, 3]);
        var dict = Encoding.Latin1.GetString(header, 10, header.Length - 10);

        Assert.Equal(128, header.Length);
        Assert.Equal([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, 118, 0], header[..10]);
        Assert.StartsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", dict);
        Assert.EndsWith(" \n", dict);
    }

    [Fact]
    public void Read_ScalarAndPython2Longs_Parses()
    {
        var scalar = PathOf("scalar.npy");
        NpyWriter.Write(scalar, [7.5f], []);
        var longs = WriteRaw("longs.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 1L), }", 8);

        Assert.Equal([7.5f], NpyReader.Read(scalar).Data);
        Assert.Equal("()", NpyReader.Read(scalar).ShapeText);
        Assert.Equal([2L, 1], NpyReader.Read(longs).Shape);
    }

    [Fact]
    public void Read_BadMagic_NamesFileAndExpectedMagic()
    {
        var path = PathOf("bad.npy");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("PK\u0003\u0004 this is a zip"));

        var error = Assert.Throws<NpyFormatException>(() => NpyReader.Read(path));

        Assert.StartsWith(path + ":", error.Message);
        Assert.Contains("not a .npy file: expected the magic bytes 93 4E 55 4D 50 59", error.Message);
    }

    [Theory]
    [InlineData("{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", "big-endian")]
    [InlineData("{'descr': '<f4', 'fortran_order': True, 'shape': (2,), }", "Fortran (column-major) order is not supported")]
    [InlineData("{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }", "unsupported dtype '<i4'; expected '<f4' (float32) or '<f8' (float64)")]
    [InlineData("{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': (2,), }", "structured dtypes")]
    [InlineData("{'descr': '<f4', 'shape': (2,), }", "expected exactly 'descr', 'fortran_order', 'shape'")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (2,) ", "malformed header dict")]
    public void Read_UnsupportedHeader_SaysWhatWasExpected(string dict, string expected)
    {
        var path = WriteRaw("header.npy", dict, 8);

        var error = Assert.Throws<NpyFormatException>(() => NpyReader.Read(path));

        Assert.StartsWith(path + ":", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Read_TruncatedData_NamesByteCounts()
    {
        var path = WriteRaw("short.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }", 20);

        var error = Assert.Throws<NpyFormatException>(() => NpyReader.Read(path));

        Assert.Contains("truncated data section: 20 bytes after the header, expected 6 elements × 4 bytes = 24 for shape (3, 2) '<f4'", error.Message);
    }

    [Fact]
    public void Read_TruncatedHeaderAndUnknownVersion_Throw()
    {
        var header = NpyWriter.Header("<f4", [2]);
        var cut = PathOf("cut.npy");
        File.WriteAllBytes(cut, header[..40]);
        header[6] = 4;
        var v4 = PathOf("v4.npy");
        File.WriteAllBytes(v4, header);

        Assert.Contains("truncated header", Assert.Throws<NpyFormatException>(() => NpyReader.Read(cut)).Message);
        Assert.Contains("unsupported .npy version 4.0", Assert.Throws<NpyFormatException>(() => NpyReader.Read(v4)).Message);
    }

    [Fact]
    public void Write_ShapeDoesNotMatchData_Throws()
    {
        Assert.Throws<ArgumentException>(() => NpyWriter.Write(PathOf("x.npy"), new float[5], [2, 3]));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    /// <summary>A version 1.0 file with the given header dict (padded as numpy pads) and <paramref name="dataBytes"/> zero bytes.</summary>
    private string WriteRaw(string name, string dict, int dataBytes)
    {
        var unpadded = 10 + dict.Length + 1;
        var text = dict + new string(' ', ((unpadded + 63) / 64 * 64) - unpadded) + "\n";
        var bytes = new byte[10 + text.Length + dataBytes];
        NpyReader.Magic.CopyTo(bytes);
        bytes[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)text.Length);
        Encoding.Latin1.GetBytes(text, bytes.AsSpan(10));
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
