using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Ntu;

public sealed class NtuBodySelectionTests : IDisposable
{
    // A is still and listed early, so only the official rule keeps it. C moves most but appears after B, so the
    // energy rule must order its slots by first appearance, not by energy.
    private static readonly SyntheticBody A = new(SkeletonText.BigId, 0.1);
    private static readonly SyntheticBody B = new(2, 0.5, 0.05);
    private static readonly SyntheticBody C = new(3, -0.6, 0.3);

    private readonly NtuTestFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>Frames: [A, B], [], [C, A, B], [B, C].</summary>
    private NtuSkeletonFile Scene() =>
        NtuSkeletonReader.Read(files.WriteLines("scene.skeleton", SkeletonText.Lines([[A, B], [], [C, A, B], [B, C]])));

    private static void AssertSlot(float[] data, int frames, int t, int m, SyntheticBody? body)
    {
        for (var v = 0; v < 25; v++)
        {
            var (x, y, z) = body is { } b ? SkeletonText.Position(b, t, v) : (0, 0, 0);
            float[] expected = body is null ? [0f, 0f, 0f] : [SkeletonText.Parsed(x), SkeletonText.Parsed(y), SkeletonText.Parsed(z)];
            float[] actual = [.. Enumerable.Range(0, 3).Select(c => data[NtuBodySelection.Offset(c, t, v, m, frames)])];
            Assert.True(expected.SequenceEqual(actual), $"frame {t}, slot {m}, joint {v}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]");
        }
    }

    [Fact]
    public void ToGendataArray_Official_PutsFirstTwoListedBodiesInSlotsEachFrame()
    {
        var data = NtuBodySelection.ToGendataArray(Scene());

        Assert.Equal(3 * 4 * 25 * 2, data.Length);
        AssertSlot(data, 4, 0, 0, A);
        AssertSlot(data, 4, 0, 1, B);
        AssertSlot(data, 4, 1, 0, null);
        AssertSlot(data, 4, 1, 1, null);
        AssertSlot(data, 4, 2, 0, C);
        AssertSlot(data, 4, 2, 1, A);
        AssertSlot(data, 4, 3, 0, B);
        AssertSlot(data, 4, 3, 1, C);
    }

    [Fact]
    public void EnergyDenoisedIds_StillBodyAmongThree_KeepsTheTwoMoversInFirstAppearanceOrder()
    {
        Assert.Equal([2UL, 3UL], NtuBodySelection.EnergyDenoisedIds(Scene()));
    }

    [Fact]
    public void ToGendataArray_EnergyDenoised_GivesEachKeptIdAFixedSlot()
    {
        var data = NtuBodySelection.ToGendataArray(Scene(), BodySelection.EnergyDenoised);

        AssertSlot(data, 4, 0, 0, B);
        AssertSlot(data, 4, 0, 1, null);
        AssertSlot(data, 4, 1, 0, null);
        AssertSlot(data, 4, 1, 1, null);
        AssertSlot(data, 4, 2, 0, B);
        AssertSlot(data, 4, 2, 1, C);
        AssertSlot(data, 4, 3, 0, B);
        AssertSlot(data, 4, 3, 1, C);
    }

    [Fact]
    public void EnergyDenoisedIds_MatchesANaiveVarianceOracle()
    {
        var file = Scene();
        var energies = new Dictionary<ulong, double>();
        foreach (var id in new[] { A.Id, B.Id, C.Id })
        {
            var samples = Enumerable.Range(0, file.TotalBodyCount).Where(b => file.Info(b).BodyId == id).ToList();
            energies[id] = Enumerable.Range(0, 75).Sum(i =>
            {
                var values = samples.Select(b => (double)file.Positions(b)[i]).ToList();
                var mean = values.Average();
                return values.Sum(x => (x - mean) * (x - mean)) / values.Count;
            });
        }

        var top = energies.OrderByDescending(e => e.Value).Take(2).Select(e => e.Key).ToHashSet();

        Assert.Equal(0.0, energies[A.Id], 12);
        Assert.True(energies[C.Id] > energies[B.Id], $"C should move most: {energies[C.Id]} vs {energies[B.Id]}");
        Assert.Equal(top, NtuBodySelection.EnergyDenoisedIds(file).ToHashSet());
    }

    [Fact]
    public void ToGendataArray_LongSequence_KeepsFirst300Frames()
    {
        var body = new SyntheticBody(1, 0.0, 0.001);
        var frames = Enumerable.Range(0, 302).Select(_ => new[] { body }).ToList();
        var file = NtuSkeletonReader.Read(files.WriteLines("long.skeleton", SkeletonText.Lines(frames)));

        var data = NtuBodySelection.ToGendataArray(file);

        Assert.Equal(300, NtuBodySelection.OutputFrames(file));
        Assert.Equal(3 * 300 * 25 * 2, data.Length);
        AssertSlot(data, 300, 299, 0, body);
        AssertSlot(data, 300, 299, 1, null);
    }

    [Fact]
    public void ToGendataArray_OneBodyAndNoMotion_EnergyKeepsIt()
    {
        var file = NtuSkeletonReader.Read(files.WriteLines("one.skeleton", SkeletonText.OneBody()));

        Assert.Equal([7UL], NtuBodySelection.EnergyDenoisedIds(file));
        Assert.Equal(NtuBodySelection.ToGendataArray(file), NtuBodySelection.ToGendataArray(file, BodySelection.EnergyDenoised));
    }

    [Fact]
    public void Offset_IsRowMajorCTVM()
    {
        Assert.Equal(0, NtuBodySelection.Offset(0, 0, 0, 0, 7));
        Assert.Equal(1, NtuBodySelection.Offset(0, 0, 0, 1, 7));
        Assert.Equal(2, NtuBodySelection.Offset(0, 0, 1, 0, 7));
        Assert.Equal(50, NtuBodySelection.Offset(0, 1, 0, 0, 7));
        Assert.Equal(350, NtuBodySelection.Offset(1, 0, 0, 0, 7));
    }
}
