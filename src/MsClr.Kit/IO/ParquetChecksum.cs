using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Parquet;
using Parquet.Schema;

namespace MsClr.Kit.IO;

/// <summary>
/// Checksums for every Parquet file the kit writes. The writer hashes (SHA-256) every byte before the footer, i.e. the
/// leading <c>PAR1</c> and all row groups, and stores the hash and the byte count in the footer's key-value metadata
/// (<see cref="Sha256Key"/>, <see cref="BytesKey"/>): plain string keys, so pandas, pyarrow and DuckDB still read the file.
/// The reader checks the file's end first (a cut-short file is reported as truncated), then the checksum.
/// </summary>
/// <remarks>
/// Files without <see cref="Sha256Key"/> (written by older kits or other tools) are read unverified: the checksum is
/// verified when present, so a pandas-written store still loads. The footer itself is covered only by its Thrift decoding
/// and the schema checks of each reader; a flipped bit in the data region is always found. Verifying costs one sequential
/// read of the file (SHA-256 runs at about 1–2 GB/s), paid once per open.
/// </remarks>
public static class ParquetChecksum
{
    /// <summary>Footer key holding the upper-case hex SHA-256 of the bytes before the footer.</summary>
    public const string Sha256Key = "msclr.data_sha256";

    /// <summary>Footer key holding the number of bytes the checksum covers (decimal).</summary>
    public const string BytesKey = "msclr.data_bytes";

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>
    /// Writes a Parquet file to <paramref name="output"/>: <paramref name="writeRowGroups"/> adds the row groups, then the
    /// footer gets <paramref name="metadata"/> plus the checksum keys. Do not set <see cref="ParquetWriter.CustomMetadata"/> in
    /// <paramref name="writeRowGroups"/>; pass it here. <paramref name="output"/> is left open.
    /// </summary>
    public static async Task WriteAsync(
        Stream output,
        ParquetSchema schema,
        ParquetOptions? options,
        IReadOnlyDictionary<string, string>? metadata,
        Func<ParquetWriter, Task> writeRowGroups,
        CancellationToken cancellationToken = default)
    {
        await using var hashing = new HashingWriteStream(output);
        await using var writer = await ParquetWriter.CreateAsync(schema, hashing, options, append: false, cancellationToken).ConfigureAwait(false);
        await writeRowGroups(writer).ConfigureAwait(false);
        var footer = metadata is null ? new Dictionary<string, string>() : new Dictionary<string, string>(metadata);
        footer[BytesKey] = hashing.BytesWritten.ToString(CultureInfo.InvariantCulture);
        footer[Sha256Key] = hashing.CurrentHash();
        writer.CustomMetadata = footer;
    }

    /// <summary>Opens <paramref name="path"/> for reading after checking that it is whole and, when it carries a checksum, intact.</summary>
    /// <returns>A reader that owns the file handle; dispose it.</returns>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">"{path}: not a readable Parquet file…", "{path}: truncated Parquet file…", an undecodable
    /// footer, or "{path}: checksum mismatch…"; the message starts with the path and ends with what to do.</exception>
    public static async Task<ParquetReader> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        try
        {
            var dataBytes = await DataRegionLength(path, stream, cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            ParquetReader reader;
            try
            {
                reader = await ParquetReader.CreateAsync(stream, new ParquetOptions(), leaveStreamOpen: false, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw Corrupt(path, $"the Parquet footer cannot be decoded ({e.Message}); the file is corrupt, write it again", e);
            }

            try
            {
                await VerifyAsync(path, stream.SafeFileHandle, reader.CustomMetadata, dataBytes, cancellationToken).ConfigureAwait(false);
                return reader;
            }
            catch
            {
                await reader.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The byte count before the footer, from the file's last 8 bytes (footer length and closing magic).</summary>
    private static async Task<long> DataRegionLength(string path, FileStream stream, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        var head = new byte[4];
        var headRead = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (headRead < head.Length || !head.AsSpan().SequenceEqual(Magic))
        {
            throw Corrupt(path, $"not a readable Parquet file: it does not start with the Parquet magic 'PAR1' ({length} bytes)");
        }

        var tail = new byte[8];
        if (length >= 12)
        {
            stream.Position = length - 8;
            await stream.ReadExactlyAsync(tail, cancellationToken).ConfigureAwait(false);
        }

        if (length < 12 || !tail.AsSpan(4).SequenceEqual(Magic))
        {
            throw Corrupt(path, $"truncated Parquet file: it has {length} bytes and no closing footer ('PAR1' at the end); it was cut short, write it again");
        }

        var footer = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        if (footer > length - 12)
        {
            throw Corrupt(path, $"the Parquet footer claims {footer} bytes but the file has only {length}; the file is corrupt or truncated, write it again");
        }

        return length - 8 - footer;
    }

    private static InvalidDataException Corrupt(string path, string detail, Exception? inner = null) => new($"{path}: {detail}", inner);

    /// <remarks>Reads through the open handle, never the path again: a writer renaming a new file onto the path (as
    /// <see cref="AtomicFile"/> does) must not mix the new file's bytes with the old one's footer.</remarks>
    private static async Task VerifyAsync(string path, Microsoft.Win32.SafeHandles.SafeFileHandle data, IReadOnlyDictionary<string, string>? metadata, long dataBytes, CancellationToken cancellationToken)
    {
        if (metadata is null || !metadata.TryGetValue(Sha256Key, out var expected))
        {
            return; // written by an older kit or another tool: nothing to verify against
        }

        if (!metadata.TryGetValue(BytesKey, out var coveredText) || !long.TryParse(coveredText, NumberStyles.None, CultureInfo.InvariantCulture, out var covered) || covered != dataBytes)
        {
            throw Corrupt(path, $"checksum mismatch: the footer's checksum covers {coveredText ?? "an unknown number of"} bytes but the data region has {dataBytes}; the file is corrupt, write it again");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        var left = dataBytes;
        while (left > 0)
        {
            var read = await RandomAccess.ReadAsync(data, buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), dataBytes - left, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw Corrupt(path, $"truncated Parquet file: it ended while being verified ({dataBytes - left} of {dataBytes} data bytes)");
            }

            hash.AppendData(buffer, 0, read);
            left -= read;
        }

        var actual = Convert.ToHexString(hash.GetCurrentHash());
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw Corrupt(path, $"checksum mismatch: the SHA-256 of its {dataBytes} data bytes is {actual[..12]}…, the footer records {expected[..Math.Min(12, expected.Length)]}…; the file is corrupt, write it again");
        }
    }
}
