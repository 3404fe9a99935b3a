using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace MsClr.Kit.IO.Npy;

/// <summary>Writes C-order little-endian <c>.npy</c> files (float32 <c>&lt;f4</c> or float64 <c>&lt;f8</c>) as numpy does, through a temporary file and a rename.</summary>
public static class NpyWriter
{
    /// <summary>Writes <paramref name="data"/> as <c>&lt;f4</c> with the given shape.</summary>
    /// <param name="path">Target file.</param>
    /// <param name="data">Elements in C (row-major) order.</param>
    /// <param name="shape">Array shape; its product must equal the data length (an empty shape is a scalar of one element).</param>
    /// <param name="version">Format version 1, 2 or 3 (1 unless the header needs more than 65,535 bytes).</param>
    public static void Write(string path, float[] data, long[] shape, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        Write(path, "<f4", data.LongLength, shape, version, stream => stream.Write(MemoryMarshal.AsBytes(data.AsSpan())));
    }

    /// <summary>Writes <paramref name="data"/> as <c>&lt;f8</c>; otherwise as <see cref="Write(string, float[], long[], int)"/>.</summary>
    public static void Write(string path, double[] data, long[] shape, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        Write(path, "<f8", data.LongLength, shape, version, stream => stream.Write(MemoryMarshal.AsBytes(data.AsSpan())));
    }

    /// <summary>Writes header and raw little-endian data bytes of dtype <paramref name="descr"/> to <paramref name="stream"/> (for <c>.npz</c> entries).</summary>
    public static void WriteRaw(Stream stream, string descr, long[] shape, ReadOnlySpan<byte> data)
    {
        stream.Write(Header(descr, shape));
        stream.Write(data);
    }

    /// <summary>The header bytes numpy would write: magic, version, length, dict, space padding and a newline, 64-byte aligned.</summary>
    public static byte[] Header(string descr, IReadOnlyList<long> shape, int version = 1)
    {
        if (version is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "NpyWriter: version must be 1, 2 or 3");
        }

        var dict = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': {NpyHeader.FormatShape(shape)}, }}";
        var lengthSize = version == 1 ? 2 : 4;
        var unpadded = 8 + lengthSize + dict.Length + 1;
        var padded = (unpadded + 63) / 64 * 64;
        var text = dict + new string(' ', padded - unpadded) + "\n";
        var headerLength = padded - 8 - lengthSize;
        if (version == 1 && headerLength > ushort.MaxValue)
        {
            throw new ArgumentException($"NpyWriter: a {headerLength}-byte header needs version 2 or 3", nameof(version));
        }

        var bytes = new byte[padded];
        NpyReader.Magic.CopyTo(bytes);
        bytes[6] = (byte)version;
        if (version == 1)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)headerLength);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), (uint)headerLength);
        }

        Encoding.Latin1.GetBytes(text, bytes.AsSpan(8 + lengthSize));
        return bytes;
    }

    private static void Write(string path, string descr, long count, long[] shape, int version, Action<Stream> writeData)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(shape);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("NpyWriter needs a little-endian host");
        }

        if (shape.Any(d => d < 0) || shape.Aggregate(1L, (p, d) => p * d) != count)
        {
            throw new ArgumentException($"NpyWriter: shape {NpyHeader.FormatShape(shape)} does not hold {count} elements", nameof(shape));
        }

        var header = Header(descr, shape, version);
        AtomicFile.Write(path, stream =>
        {
            stream.Write(header);
            writeData(stream);
        });
    }
}
