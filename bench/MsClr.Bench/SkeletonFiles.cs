using System.Globalization;
using System.Text;

namespace MsClr.Bench;

/// <summary>Writes NTU-like <c>.skeleton</c> files (same line structure and number formats as the real ones) for timing the reader.</summary>
internal static class SkeletonFiles
{
    public static IReadOnlyList<string> Write(string folder, int files, int frames, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var paths = new List<string>();
        for (var f = 0; f < files; f++)
        {
            var text = new StringBuilder();
            text.Append(frames).Append("\r\n");
            var bodies = 1 + (f % 2);
            for (var t = 0; t < frames; t++)
            {
                text.Append(bodies).Append("\r\n");
                for (var b = 0; b < bodies; b++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{72057594037931101UL + (ulong)b} 0 1 1 1 1 0 {R(random):0.#######} {R(random):0.#######} 2\r\n25\r\n");
                    for (var v = 0; v < 25; v++)
                    {
                        text.Append(CultureInfo.InvariantCulture,
                            $"{R(random):0.#######} {R(random):0.#######} {3 + R(random):0.######} {256 * (1 + R(random)):0.####} {212 * (1 + R(random)):0.####} {960 * (1 + R(random)):0.###} {540 * (1 + R(random)):0.####} {R(random):0.#######} {R(random):0.########} {R(random):0.#######} {R(random):0.#######} 2\r\n");
                    }
                }
            }

            var path = Path.Combine(folder, $"S001C001P{(f / 60) + 1:D3}R001A{(f % 60) + 1:D3}.skeleton");
            File.WriteAllText(path, text.ToString());
            paths.Add(path);
        }

        return paths;
    }

    private static double R(Random random) => (random.NextDouble() * 2) - 1;
}
