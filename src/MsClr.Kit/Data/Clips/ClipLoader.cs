using MsClr.Kit.Data.Store;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Clips;

/// <summary>Loads a dataset's clips from the Parquet store into aligned tensors, one store file per format.</summary>
public static class ClipLoader
{
    /// <summary>Reads <c>{dataRoot}/{dataset}/{format}.parquet</c> for every format and aligns the clips by sample id.</summary>
    /// <param name="dataRoot">The data root.</param>
    /// <param name="dataset">Dataset folder name (e.g. <c>synthetic</c>, <c>ntu60</c>).</param>
    /// <param name="formats">Formats to load.</param>
    /// <param name="keep">Keeps a clip when true for its metadata (e.g. one side of a split); null keeps all.</param>
    /// <exception cref="FileNotFoundException">A format's store file is missing (names it and the command that makes it).</exception>
    /// <exception cref="InvalidDataException">A file holds another format, its clips do not share one frame count, or two files
    /// record forms that do not combine (<see cref="StoreForm.CombinesWith"/>: one preprocessed, one as recorded, or other frame counts).</exception>
    public static MultiFormatClips Load(string dataRoot, string dataset, IEnumerable<SkeletonFormat> formats, Func<IReadOnlyDictionary<string, int>, bool>? keep = null)
    {
        var sets = new List<ClipTensors>();
        (string Path, StoreForm Form)? first = null;
        try
        {
            foreach (var format in formats)
            {
                var path = StorePaths.For(dataRoot, dataset, format.Name);
                var (clips, form) = LoadFormat(path, format, keep);
                sets.Add(clips);
                if (form is null)
                {
                    continue;
                }

                first ??= (path, form);
                if (!form.CombinesWith(first.Value.Form))
                {
                    throw new InvalidDataException(
                        $"{path} holds clips {form}, but {first.Value.Path} holds clips {first.Value.Form}; prepare every format's store "
                        + "the same way (all with or all without --no-preprocess, the same --frames)");
                }
            }

            return new MultiFormatClips(sets);
        }
        catch
        {
            sets.ForEach(s => s.Dispose());
            throw;
        }
    }

    private static (ClipTensors Clips, StoreForm? Form) LoadFormat(string path, SkeletonFormat format, Func<IReadOnlyDictionary<string, int>, bool>? keep)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no '{format.Name}' store file at {path}; create it with `msclr prep ...`", path);
        }

        var reader = SkeletonStoreReader.Open(path);
        if (reader.Format.Name != format.Name || reader.Format.JointCount != format.JointCount)
        {
            throw new InvalidDataException($"{path}: holds format '{reader.Format.Name}' ({reader.Format.JointCount} joints), expected '{format.Name}' ({format.JointCount})");
        }

        var samples = reader.ReadSamplesAsync().ToBlockingEnumerable().Where(s => keep?.Invoke(s.Metadata) ?? true).ToList();
        var frames = samples.Select(s => s.Frames).Distinct().ToArray();
        if (frames.Length > 1)
        {
            throw new InvalidDataException($"{path}: clips have {frames.Length} different frame counts ({string.Join(", ", frames.Take(5))}…); prepare the data with preprocessing (a fixed frame count)");
        }

        return (ClipTensors.FromSamples(format, samples), reader.Form);
    }
}
