using System.Text;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.IO.Npy;
using MsClr.Kit.Tests.Data.Ntu;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>
/// Mutates valid files thousands of times (seeded): every outcome must be a correct parse or the reader's own format
/// error, never another exception type and never a hang.
/// </summary>
public class FuzzTests
{
    private const int Iterations = 3000;

    [Fact]
    public void SkeletonReader_MutatedFiles_ParseOrFailWithAFormatError()
    {
        var frames = Enumerable.Range(0, 4).Select(t => t == 2
            ? new[] { new SyntheticBody(SkeletonText.BigId, 0.1, 0.01), new SyntheticBody(7, -0.4) }
            : new[] { new SyntheticBody(SkeletonText.BigId, 0.1, 0.01) }).ToList();
        var valid = Encoding.ASCII.GetBytes(string.Join("\r\n", SkeletonText.Lines(frames)) + "\r\n");
        var random = new Random(20261124);
        var (parsed, rejected) = (0, 0);
        for (var i = 0; i < Iterations; i++)
        {
            var mutated = Mutate(valid, random, Encoding.ASCII.GetBytes(" -1e39 NaN x 25 0 99999999999 \r\n\n"));
            try
            {
                using var stream = new MemoryStream(mutated);
                NtuSkeletonReader.Read(stream, $"fuzz{i}.skeleton");
                parsed++;
            }
            catch (NtuSkeletonFormatException e)
            {
                Assert.Contains($"fuzz{i}.skeleton", e.Message);
                rejected++;
            }
        }

        Assert.True(rejected > Iterations / 4 && parsed > 0, $"{parsed} parsed, {rejected} rejected");
    }

    [Fact]
    public void NpyReader_MutatedFiles_ParseOrFailWithAFormatError()
    {
        using var temp = new TempFolder("fuzz");
        var path = temp.File("fuzz.npy");
        NpyWriter.Write(path, Enumerable.Range(0, 2 * 2 * 3 * 3).Select(v => v * 0.5f).ToArray(), [2, 2, 3, 3]);
        var valid = File.ReadAllBytes(path);
        var random = new Random(1124);
        var (parsed, rejected) = (0, 0);
        for (var i = 0; i < Iterations; i++)
        {
            var mutated = Mutate(valid, random, Encoding.ASCII.GetBytes("'<f8'(,)True9999 {}:"));
            try
            {
                using var stream = new MemoryStream(mutated);
                NpyReader.ReadRaw(stream, $"fuzz{i}.npy");
                parsed++;
            }
            catch (NpyFormatException e)
            {
                Assert.Contains($"fuzz{i}.npy", e.Message);
                rejected++;
            }
        }

        Assert.True(rejected > Iterations / 4 && parsed > 0, $"{parsed} parsed, {rejected} rejected");
    }

    /// <summary>One of: flip a byte, overwrite with an interesting token, truncate, delete a span, duplicate a span.</summary>
    private static byte[] Mutate(byte[] valid, Random random, byte[] tokens)
    {
        var bytes = valid.ToList();
        var at = random.Next(bytes.Count);
        switch (random.Next(5))
        {
            case 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                var start = random.Next(tokens.Length);
                var length = Math.Min(random.Next(1, 8), tokens.Length - start);
                bytes.InsertRange(at, tokens.Skip(start).Take(length));
                break;
            case 2:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 3:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                break;
            default:
                var span = bytes.Skip(at).Take(random.Next(1, 60)).ToArray();
                bytes.InsertRange(random.Next(bytes.Count), span);
                break;
        }

        return bytes.ToArray();
    }
}
