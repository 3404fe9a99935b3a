namespace MsClr.Kit.Data.Metrabs;

/// <summary>
/// The one naming rule for MeTRAbs output, shared with <c>data-prep/metrabs_extract.py</c> (<c>output_name</c>):
/// <c>{sample_id}_{skeleton}.npy</c>, e.g. <c>S001C002P003R002A013_smplx_42.npy</c> for the video
/// <c>S001C002P003R002A013_rgb.avi</c>. <c>skeleton</c> is the MeTRAbs skeleton name given to <c>--formats</c>.
/// Sample ids contain no underscore (NTU ids never do), so the first underscore splits id from skeleton even though
/// skeleton names contain underscores (<c>berkeley_mhad_43</c> is never mistaken for <c>mhad_43</c>).
/// </summary>
public static class MetrabsFileNames
{
    /// <summary>The extension of MeTRAbs output files.</summary>
    public const string Extension = ".npy";

    /// <summary>The file name of <paramref name="sampleId"/>'s poses in skeleton <paramref name="skeleton"/>.</summary>
    /// <exception cref="ArgumentException">The sample id is empty or contains an underscore.</exception>
    public static string For(string sampleId, string skeleton)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sampleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(skeleton);
        if (sampleId.Contains('_'))
        {
            throw new ArgumentException($"MetrabsFileNames.For: sample id '{sampleId}' contains '_'; ids must not, so that names split unambiguously", nameof(sampleId));
        }

        return $"{sampleId}_{skeleton}{Extension}";
    }

    /// <summary>The glob that matches every file of skeleton <paramref name="skeleton"/>: <c>*_{skeleton}.npy</c>.</summary>
    public static string Pattern(string skeleton) => $"*_{skeleton}{Extension}";

    /// <summary>
    /// The sample id in <paramref name="fileName"/> (a bare name, no folder): the text before the first underscore, when
    /// the rest is exactly <c>{skeleton}.npy</c>.
    /// </summary>
    public static bool TryGetSampleId(string fileName, string skeleton, out string sampleId)
    {
        var split = fileName.IndexOf('_');
        if (split > 0 && fileName.AsSpan(split + 1).SequenceEqual($"{skeleton}{Extension}"))
        {
            sampleId = fileName[..split];
            return true;
        }

        sampleId = string.Empty;
        return false;
    }
}
