using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace MsClr.Kit.IO.Npy;

/// <summary>
/// Reads NumPy <c>.npy</c> files, versions 1.0, 2.0 and 3.0: little-endian float32 (<c>&lt;f4</c>) or float64
/// (<c>&lt;f8</c>, rounded to float32), C order only. Anything else fails with a <see cref="NpyFormatException"/>
/// naming the file, what was expected and what was found.
/// </summary>
public static class NpyReader
{
    /// <summary>The six bytes every <c>.npy</c> file starts with: 0x93 then <c>NUMPY</c>.</summary>
    public static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Reads the whole array as float32 in C order.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="NpyFormatException">The file is not a supported <c>.npy</c> file or its data section is truncated.</exception>
    public static NpyArray Read(string path)
    {
        // The data section is copied byte for byte into the float array, which is only right on a little-endian host.
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("NpyReader needs a little-endian host");
        }

        using var stream = OpenRead(path);
        var header = ReadHeader(stream, path);
        var itemSize = ItemSize(header, path);
        var count = header.ElementCount;
        CheckDataLength(stream, header, itemSize, path);
        if (count > Array.MaxLength)
        {
            throw new NpyFormatException(path, $"shape {header.ShapeText} has {count} elements; at most {Array.MaxLength} fit in one array");
        }

        var data = new float[count];
        if (itemSize == sizeof(float))
        {
            stream.ReadExactly(MemoryMarshal.AsBytes(data.AsSpan()));
        }
        else
        {
            var wide = new double[count];
            stream.ReadExactly(MemoryMarshal.AsBytes(wide.AsSpan()));
            for (var i = 0; i < wide.Length; i++)
            {
                data[i] = (float)wide[i];
            }
        }

        return new NpyArray(data, header.Shape, header.Descr);
    }

    /// <summary>
    /// Reads an array of any fixed-size little-endian dtype (<c>&lt;f4</c>, <c>&lt;f8</c>, <c>&lt;i4</c>, <c>&lt;i8</c>,
    /// <c>|u1</c>, <c>|b1</c>) from a seekable stream, returning the header and the raw data bytes (used for <c>.npz</c>
    /// state dicts, whose entries are not all float).
    /// </summary>
    /// <param name="stream">A seekable stream positioned anywhere; it is read from its start.</param>
    /// <param name="name">Names the array in error messages (e.g. <c>weights.npz:fc.0.weight</c>).</param>
    public static (NpyHeader Header, byte[] Data) ReadRaw(Stream stream, string name)
    {
        stream.Position = 0;
        var header = ReadHeader(stream, name);
        var itemSize = header.Descr switch
        {
            "<f4" or "<i4" => 4,
            "<f8" or "<i8" => 8,
            "|u1" or "|b1" => 1,
            _ => throw new NpyFormatException(name, $"unsupported dtype '{header.Descr}'; expected one of '<f4', '<f8', '<i4', '<i8', '|u1', '|b1'"),
        };
        CheckDataLength(stream, header, itemSize, name);
        var data = new byte[header.ElementCount * itemSize];
        stream.Position = header.DataOffset;
        stream.ReadExactly(data);
        return (header, data);
    }

    /// <summary>Reads and checks only the header (magic, version, dtype, order, shape); the data section is not read.</summary>
    public static NpyHeader ReadHeader(string path)
    {
        using var stream = OpenRead(path);
        var header = ReadHeader(stream, path);
        ItemSize(header, path);
        return header;
    }

    private static void CheckDataLength(Stream stream, NpyHeader header, int itemSize, string path)
    {
        var expectedBytes = header.ElementCount * itemSize;
        var actualBytes = stream.Length - header.DataOffset;
        if (actualBytes != expectedBytes)
        {
            var problem = actualBytes < expectedBytes ? "truncated data section" : "data section longer than the header says";
            throw new NpyFormatException(path,
                $"{problem}: {actualBytes} bytes after the header, expected {header.ElementCount} elements × {itemSize} bytes = {expectedBytes} for shape {header.ShapeText} '{header.Descr}'");
        }
    }

    private static FileStream OpenRead(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16)
            : throw new FileNotFoundException($".npy file not found: {path}", path);
    }

    private static NpyHeader ReadHeader(Stream stream, string path)
    {
        Span<byte> prefix = stackalloc byte[12];
        var got = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        if (got < 10 || !prefix[..6].SequenceEqual(Magic))
        {
            var found = Convert.ToHexString(prefix[..Math.Min(got, 6)]);
            throw new NpyFormatException(path, $"not a .npy file: expected the magic bytes 93 4E 55 4D 50 59 (\\x93NUMPY), found {(got == 0 ? "an empty file" : found)}");
        }

        int major = prefix[6], minor = prefix[7];
        if (major is < 1 or > 3 || minor != 0)
        {
            throw new NpyFormatException(path, $"unsupported .npy version {major}.{minor}; this reader reads 1.0, 2.0 and 3.0");
        }

        var lengthSize = major == 1 ? 2 : 4;
        if (got < 8 + lengthSize)
        {
            throw new NpyFormatException(path, $"truncated header: the file ends before the {lengthSize}-byte header length");
        }

        long headerLength = major == 1
            ? BinaryPrimitives.ReadUInt16LittleEndian(prefix[8..])
            : BinaryPrimitives.ReadUInt32LittleEndian(prefix[8..]);
        var dataOffset = 8 + lengthSize + headerLength;
        if (stream.Length < dataOffset)
        {
            throw new NpyFormatException(path, $"truncated header: it should be {headerLength} bytes but the file has {stream.Length} bytes in all");
        }

        var bytes = new byte[headerLength];
        stream.Position = 8 + lengthSize;
        stream.ReadExactly(bytes);
        var text = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(bytes);
        return ToHeader(NpyHeaderParser.Parse(text, path), major, dataOffset, path);
    }

    private static NpyHeader ToHeader(Dictionary<string, object> dict, int major, long dataOffset, string path)
    {
        string[] keys = ["descr", "fortran_order", "shape"];
        var unexpected = dict.Keys.Except(keys).ToArray();
        if (unexpected.Length > 0 || dict.Count != keys.Length)
        {
            throw new NpyFormatException(path,
                $"header keys are {{{string.Join(", ", dict.Keys.Select(k => $"'{k}'"))}}}, expected exactly 'descr', 'fortran_order', 'shape'");
        }

        var descr = dict["descr"] as string ?? throw new NpyFormatException(path, $"header 'descr' is {dict["descr"]}, expected a dtype string such as '<f4'");
        var fortran = dict["fortran_order"] is bool b ? b : throw new NpyFormatException(path, "header 'fortran_order' must be True or False");
        var shape = dict["shape"] as long[] ?? throw new NpyFormatException(path, "header 'shape' must be a tuple of integers, e.g. (300, 2, 42, 3)");
        if (fortran)
        {
            throw new NpyFormatException(path, "fortran_order is True: Fortran (column-major) order is not supported, expected C order (save with np.ascontiguousarray)");
        }

        return new NpyHeader(major, descr, fortran, shape, dataOffset);
    }

    private static int ItemSize(NpyHeader header, string path) => header.Descr switch
    {
        "<f4" => 4,
        "<f8" => 8,
        ">f4" or ">f8" => throw new NpyFormatException(path, $"dtype '{header.Descr}' is big-endian; only little-endian '<f4' and '<f8' are supported (convert with arr.astype('<f4'))"),
        _ => throw new NpyFormatException(path, $"unsupported dtype '{header.Descr}'; expected '<f4' (float32) or '<f8' (float64)"),
    };
}

/// <summary>A C-order array read from a <c>.npy</c> file, converted to float32.</summary>
/// <param name="Data">Elements in C (row-major) order.</param>
/// <param name="Shape">Array shape; the product equals <see cref="Data"/>'s length.</param>
/// <param name="SourceDescr">The file's dtype, <c>&lt;f4</c> or <c>&lt;f8</c> (float64 values are rounded to float32).</param>
public sealed record NpyArray(float[] Data, IReadOnlyList<long> Shape, string SourceDescr)
{
    /// <summary>The shape as numpy prints it, e.g. <c>(300, 2, 42, 3)</c>.</summary>
    public string ShapeText => NpyHeader.FormatShape(Shape);
}
