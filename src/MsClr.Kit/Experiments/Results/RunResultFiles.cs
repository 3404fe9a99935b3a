using MsClr.Kit.IO;
using System.Globalization;

namespace MsClr.Kit.Experiments.Results;

/// <summary>
/// The results store's sources: every batch of result rows is one immutable Parquet file inside the run folder of its
/// spec, <c>{runsRoot}/{specId}/results/{name}.parquet</c>, written atomically (temporary file + rename). Writers never
/// touch a shared file, so any number of processes on any file system (NFS included, where locks are not honoured) can
/// finish runs at once; <see cref="ResultsStore"/> derives <c>results.parquet</c> from these files.
/// </summary>
public static class RunResultFiles
{
    /// <summary>The folder inside a run folder that holds its result files.</summary>
    public const string FolderName = "results";

    private static int _sequence;

    /// <summary>
    /// Writes <paramref name="rows"/> as one file per spec id. With a <paramref name="name"/> the write is idempotent: a
    /// file of that name that already exists is kept (a retried or requeued writer adds nothing); without one every call
    /// adds a new file named by the time, the process and a sequence number (an append).
    /// </summary>
    /// <returns>The paths of the files (existing or written).</returns>
    /// <exception cref="ArgumentException">A spec id is empty or holds a path separator or '..'.</exception>
    public static IReadOnlyList<string> Write(string runsRoot, IEnumerable<ResultRow> rows, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runsRoot);
        ArgumentNullException.ThrowIfNull(rows);
        var paths = new List<string>();
        foreach (var group in rows.GroupBy(r => r.SpecId))
        {
            var folder = Folder(runsRoot, group.Key);
            var path = Path.Combine(folder, (name ?? UniqueName()) + ".parquet");
            if (name is null || !File.Exists(path))
            {
                var batch = group.ToArray();
                AtomicFile.Write(path, stream => ResultsParquet.Write(stream, batch));
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The result files under <paramref name="runsRoot"/> (<c>*/results/*.parquet</c>, temporaries excluded), in ordinal path order.</summary>
    public static IReadOnlyList<string> Find(string runsRoot)
    {
        if (!Directory.Exists(runsRoot))
        {
            return [];
        }

        return Directory.EnumerateDirectories(runsRoot)
            .Select(run => Path.Combine(run, FolderName))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.parquet"))
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Reads one result file.</summary>
    /// <exception cref="InvalidDataException">The file lacks a column, is truncated or fails its checksum (the message names it).</exception>
    public static IReadOnlyList<ResultRow> Read(string path) => ResultsParquet.Read(path);

    /// <summary>The result folder of <paramref name="specId"/>'s run.</summary>
    /// <exception cref="ArgumentException">The id is empty or holds a path separator or '..'.</exception>
    public static string Folder(string runsRoot, string specId) => RunFolder.For(runsRoot, specId).ResultFiles;

    private static string UniqueName() => string.Create(CultureInfo.InvariantCulture,
        $"{DateTime.UtcNow:yyyyMMdd'T'HHmmss.fffffff}-{Environment.ProcessId}-{Interlocked.Increment(ref _sequence):D6}");
}
