namespace MsClr.Kit.Data.Ntu;

/// <summary>
/// Reads NTU sample-id lists: one name per line, such as the official "samples with missing skeletons"
/// lists (302 ids for NTU-60, 535 for NTU-120) or the lists of usable samples.
/// </summary>
public static class NtuSampleLists
{
    /// <summary>
    /// Reads every id of a list file, in file order. Blank lines are skipped; surrounding whitespace and a
    /// <c>.skeleton</c> suffix are accepted (see <see cref="NtuSampleId.Parse"/>).
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is not a sample name; the message gives <c>path:line</c> and the text.</exception>
    public static IReadOnlyList<NtuSampleId> ReadIds(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"NTU sample list not found: {path}", path);
        }

        using var reader = File.OpenText(path);
        return ReadIds(reader, path);
    }

    /// <summary>Reads every id of a list, in order, as <see cref="ReadIds(string)"/>; errors name <paramref name="name"/>.</summary>
    /// <exception cref="FormatException">A line is not a sample name; the message gives <c>name:line</c> and the text.</exception>
    public static IReadOnlyList<NtuSampleId> ReadIds(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ids = new List<NtuSampleId>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                ids.Add(NtuSampleId.Parse(line));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{name}:{lineNumber}: {e.Message}", e);
            }
        }

        return ids;
    }
}
