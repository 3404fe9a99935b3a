using System.Security.Cryptography;

namespace MsClr.Kit.IO;

/// <summary>
/// A write-only pass-through stream that hashes (SHA-256) and counts every byte written to the stream it wraps, so a
/// Parquet writer's output can be checksummed without reading the file back. The wrapped stream is not disposed.
/// </summary>
internal sealed class HashingWriteStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Bytes written so far.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>The upper-case hex SHA-256 of the bytes written so far; writing may continue afterwards.</summary>
    public string CurrentHash() => Convert.ToHexString(_hash.GetCurrentHash());

    public override bool CanRead => false;

    // Parquet.Net asks for a seekable output; it only reads Position and never seeks (Seek below enforces that).
    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => BytesWritten;

    public override long Position
    {
        get => BytesWritten;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        inner.Write(buffer);
        BytesWritten += buffer.Length;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _hash.AppendData(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        BytesWritten += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    /// <summary>Only a "seek" to the current end is allowed: a real seek would rewrite bytes already hashed.</summary>
    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => BytesWritten + offset,
            _ => BytesWritten + offset,
        };
        return target == BytesWritten
            ? target
            : throw new NotSupportedException($"a checksummed Parquet output cannot seek (to {target}; {BytesWritten} bytes written)");
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("write-only stream");

    public override void SetLength(long value) => throw new NotSupportedException("write-only stream");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
