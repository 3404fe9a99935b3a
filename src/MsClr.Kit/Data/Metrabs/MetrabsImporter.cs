using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Store;
using MsClr.Kit.IO.Npy;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Metrabs;

/// <summary>
/// Turns MeTRAbs output of NTU RGB videos into <see cref="SkeletonSample"/>s of one <see cref="SkeletonFormat"/>. Input files
/// are <c>.npy</c> arrays of shape (T, 2, V, 3), float32 or float64, one per (video, skeleton), named by
/// <see cref="MetrabsFileNames"/>. Each sample keeps at most <see cref="MaxFrames"/> frames, is scaled from the given source
/// unit to metres and rotated from the OpenCV camera frame into Kinect camera space (x and y negated, z kept; see
/// <c>MetrabsAxes</c>). Label and metadata (setup, camera, subject, replication) come from the NTU sample id in the file name.
/// </summary>
public sealed class MetrabsImporter
{
    /// <summary>Frames kept per clip, as the official pose extraction keeps (reference-spec §11).</summary>
    public const int MaxFrames = 300;

    /// <summary>Person slots per frame: the two most confident detections, zeros where fewer were found.</summary>
    public const int Persons = 2;

    /// <summary>Creates an importer.</summary>
    /// <param name="format">The format the poses are in; V must equal its joint count.</param>
    /// <param name="sourceUnit">The unit of the files' coordinates (MeTRAbs writes millimetres). Required: never guessed.</param>
    /// <param name="skeletonName">The MeTRAbs skeleton name in the file names; by default the format's name (e.g. <c>smplx_42</c>).</param>
    public MetrabsImporter(SkeletonFormat format, LengthUnit sourceUnit, string? skeletonName = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (!Enum.IsDefined(sourceUnit))
        {
            throw new ArgumentOutOfRangeException(nameof(sourceUnit), sourceUnit, "MetrabsImporter: sourceUnit must be LengthUnit.Metre or LengthUnit.Millimetre");
        }

        Format = format;
        SourceUnit = sourceUnit;
        SkeletonName = string.IsNullOrWhiteSpace(skeletonName) ? format.Name : skeletonName;
    }

    /// <summary>The format of the imported samples.</summary>
    public SkeletonFormat Format { get; }

    /// <summary>The unit of the input coordinates.</summary>
    public LengthUnit SourceUnit { get; }

    /// <summary>The skeleton name in input file names, <c>{sample_id}_{SkeletonName}.npy</c>.</summary>
    public string SkeletonName { get; }

    /// <summary>Input files for this skeleton (<c>{sample_id}_{SkeletonName}.npy</c>) under <paramref name="directory"/>, recursively, sorted by file name then path.</summary>
    public IReadOnlyList<string> FindFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"MeTRAbs output folder not found: {directory}");
        }

        return Directory.EnumerateFiles(directory, MetrabsFileNames.Pattern(SkeletonName), SearchOption.AllDirectories)
            .Where(p => MetrabsFileNames.TryGetSampleId(Path.GetFileName(p), SkeletonName, out _))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Imports one file.</summary>
    /// <exception cref="MetrabsImportException">The name, shape or values are wrong; the message names the file and what was expected.</exception>
    /// <exception cref="NpyFormatException">The file is not a readable <c>.npy</c> file.</exception>
    public SkeletonSample ImportFile(string path)
    {
        var id = SampleIdOf(path);
        var array = NpyReader.Read(path);
        var shape = array.Shape;
        var expected = $"(T, {Persons}, {Format.JointCount}, 3)";
        if (shape.Count != 4)
        {
            throw new MetrabsImportException(path, $"shape {array.ShapeText} has {shape.Count} dimensions, expected {expected} for format '{Format.Name}'");
        }

        if (shape[2] != Format.JointCount)
        {
            throw new MetrabsImportException(path, $"shape {array.ShapeText}: V = {shape[2]} joints, expected {Format.JointCount} for format '{Format.Name}', i.e. {expected}");
        }

        if (shape[0] < 1 || shape[1] != Persons || shape[3] != 3)
        {
            throw new MetrabsImportException(path, $"shape {array.ShapeText}, expected {expected} with T ≥ 1");
        }

        var frames = (int)Math.Min(shape[0], MaxFrames);
        var xyz = MetrabsAxes.ToStoreFrame(array.Data, frames, Persons, Format.JointCount, SourceUnit.ToMetresFactor());
        var bad = Array.FindIndex(xyz, v => !float.IsFinite(v));
        if (bad >= 0)
        {
            var (t, m, v) = (bad / 3 / Format.JointCount / Persons, bad / 3 / Format.JointCount % Persons, bad / 3 % Format.JointCount);
            throw new MetrabsImportException(path, $"value at frame {t}, person {m}, joint {v} ({Format.JointNames[v]}) is {array.Data[bad]}; coordinates must be finite");
        }

        var metadata = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["setup"] = id.Setup,
            ["camera"] = id.Camera,
            ["subject"] = id.Subject,
            ["replication"] = id.Replication,
        };
        return new SkeletonSample(id.ToString(), id.Label, metadata, frames, Persons, Format.JointCount, xyz);
    }

    /// <summary>
    /// Imports every file for this skeleton under <paramref name="directory"/> into the store at <paramref name="storePath"/>.
    /// See <see cref="ImportToStoreAsync(IEnumerable{string}, string, string, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">No file under <paramref name="directory"/> matches <c>*_{skeleton}.npy</c>.</exception>
    public Task<MetrabsImportResult> ImportToStoreAsync(string directory, string storePath, string dataset, CancellationToken cancellationToken = default)
    {
        var files = FindFiles(directory);
        return files.Count == 0
            ? throw new FileNotFoundException($"no file under {directory} matches {MetrabsFileNames.Pattern(SkeletonName)} (skeleton '{SkeletonName}')")
            : ImportToStoreAsync(files, storePath, dataset, cancellationToken);
    }

    /// <summary>
    /// Converts every good file and streams it into one store (NTU metadata columns); a bad file (unreadable, wrong name,
    /// shape or values, or a sample id seen before) is skipped and reported in <see cref="MetrabsImportResult.Failures"/>.
    /// The store is written through a temporary file, so it is never left partial.
    /// </summary>
    public async Task<MetrabsImportResult> ImportToStoreAsync(
        IEnumerable<string> files, string storePath, string dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var failures = new List<MetrabsImportFailure>();
        var imported = await SkeletonStore.WriteAsync(
            storePath, dataset, Format, GoodSamples(files, failures), StoreSchema.NtuMetadataColumns, StoreForm.AsRecorded, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return new MetrabsImportResult(storePath, imported, failures);
    }

    private IEnumerable<SkeletonSample> GoodSamples(IEnumerable<string> files, List<MetrabsImportFailure> failures)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            SkeletonSample sample;
            try
            {
                sample = ImportFile(file);
            }
            catch (Exception e) when (e is MetrabsImportException or NpyFormatException or IOException or UnauthorizedAccessException)
            {
                failures.Add(new MetrabsImportFailure(file, e.Message));
                continue;
            }

            if (!seen.TryAdd(sample.SampleId, file))
            {
                failures.Add(new MetrabsImportFailure(file, $"{file}: sample {sample.SampleId} was already imported from {seen[sample.SampleId]}"));
                continue;
            }

            yield return sample;
        }
    }

    private NtuSampleId SampleIdOf(string path)
    {
        var name = Path.GetFileName(path);
        if (!MetrabsFileNames.TryGetSampleId(name, SkeletonName, out var text))
        {
            throw new MetrabsImportException(path, $"file name '{name}' does not end in '_{SkeletonName}{MetrabsFileNames.Extension}'; expected {{sample_id}}_{SkeletonName}{MetrabsFileNames.Extension}");
        }

        try
        {
            return NtuSampleId.Parse(text);
        }
        catch (FormatException e)
        {
            throw new MetrabsImportException(path, e.Message, e);
        }
    }
}

/// <summary>What a batch import wrote and what it skipped.</summary>
/// <param name="StorePath">The store file written (atomically: it holds exactly the <see cref="Imported"/> samples).</param>
/// <param name="Imported">Samples written to the store.</param>
/// <param name="Failures">Files skipped, each with its error, in the order they were met.</param>
public sealed record MetrabsImportResult(string StorePath, int Imported, IReadOnlyList<MetrabsImportFailure> Failures)
{
    /// <summary>Whether every file was imported.</summary>
    public bool AllImported => Failures.Count == 0;
}

/// <summary>A file a batch import skipped, with the reason.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Error">The error message (it names the file, and the shape or field where it applies).</param>
public sealed record MetrabsImportFailure(string File, string Error);
