namespace MsClr.Kit.Data.Store;

/// <summary>The asynchronous twin of <see cref="AtomicFile.Write"/>: a temporary file beside the target, renamed into place.</summary>
internal static class AtomicWrite
{
    /// <summary>The name pattern of the temporary files, so tests and cleanup tools can find strays.</summary>
    public static string TemporaryName(string fileName) =>
        $".{fileName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";

    /// <summary>Runs <paramref name="write"/> on a temporary file beside <paramref name="path"/>, flushes it to disk and renames it over <paramref name="path"/>.</summary>
    /// <remarks>On any exception (also one thrown by a sample enumerator inside <paramref name="write"/>) the temporary file is deleted and <paramref name="path"/> is untouched.</remarks>
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, TemporaryName(Path.GetFileName(fullPath)));
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
