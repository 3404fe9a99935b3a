using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Skeletons;

public class SkeletonGraphTests
{
    private const float H = 0.5f, Q = 0.25f, T = 1f / 3f;

    // Degrees with self: D = [2, 4, 3, 2, 2]; entry [j, i] = 1 / D[i] for j adjacent to or equal to i.
    private static readonly float[,] ToyNormalised =
    {
        { H, Q, 0, 0, 0 },
        { H, Q, T, 0, H },
        { 0, Q, T, H, 0 },
        { 0, 0, T, H, 0 },
        { 0, Q, 0, 0, H },
    };

    [Fact]
    public void Uniform_ToyGraph_EqualsHandComputedNormalisedAdjacency()
    {
        var a = SkeletonGraph.Build(ToyFormats.FiveJoints, GraphStrategy.Uniform);

        Assert.Equal(new long[] { 1, 5, 5 }, a.Shape);
        AssertMatrix(ToyNormalised, a, 0);
    }

    [Fact]
    public void Distance_ToyGraph_SplitsSelfLinksFromNeighbours()
    {
        var a = SkeletonGraph.Build(ToyFormats.FiveJoints, GraphStrategy.Distance);
        var self = new float[5, 5];
        var neighbours = (float[,])ToyNormalised.Clone();
        for (var i = 0; i < 5; i++)
        {
            self[i, i] = ToyNormalised[i, i];
            neighbours[i, i] = 0;
        }

        Assert.Equal(2, a.Partitions);
        AssertMatrix(self, a, 0);
        AssertMatrix(neighbours, a, 1);
    }

    [Fact]
    public void Spatial_ToyGraph_EqualsHandComputedPartitionsWithCappedHops()
    {
        var a = SkeletonGraph.Build(ToyFormats.FiveJoints, GraphStrategy.Spatial);
        var root = new float[5, 5];
        for (var i = 0; i < 5; i++)
        {
            root[i, i] = ToyNormalised[i, i];
        }

        // Centripetal: messages towards the centre, plus 3 -> 2 because joint 3's capped distance (+inf) exceeds 1.
        var close = new float[5, 5];
        close[0, 1] = Q;
        close[2, 1] = Q;
        close[4, 1] = Q;
        close[3, 2] = T;
        var further = new float[5, 5];
        further[1, 0] = H;
        further[1, 2] = T;
        further[1, 4] = H;
        further[2, 3] = H;

        Assert.Equal(new long[] { 3, 5, 5 }, a.Shape);
        AssertMatrix(root, a, 0);
        AssertMatrix(close, a, 1);
        AssertMatrix(further, a, 2);
    }

    [Theory]
    [InlineData("ntu-rgb+d", 25, 40, 8, 8.95, 13.30, 2.75)]
    [InlineData("smpl_24", 24, 38, 8, 8.6167, 12.55, 2.8333)]
    [InlineData("smplx_42", 42, 70, 8, 16.7667, 22.5667, 2.6667)]
    [InlineData("berkeley_mhad_43", 43, 79, 5, 15.5667, 25.7667, 1.6667)]
    public void Spatial_BuiltIn_MatchesTheSpecStatistics(string name, int nnz0, int nnz1, int nnz2, double sum0, double sum1, double sum2)
    {
        var format = SkeletonFormats.Get(name);
        var a = SkeletonGraph.Build(format);

        Assert.Equal(new[] { nnz0, nnz1, nnz2 }, Enumerable.Range(0, 3).Select(k => NonZeros(a, k)));
        Assert.Equal(sum0, Sum(a, 0), 3);
        Assert.Equal(sum1, Sum(a, 1), 3);
        Assert.Equal(sum2, Sum(a, 2), 3);
        for (var i = 0; i < format.JointCount; i++)
        {
            var column = Enumerable.Range(0, 3).Sum(k => Enumerable.Range(0, format.JointCount).Sum(j => (double)a[k, j, i]));
            Assert.Equal(1.0, column, 5);
        }
    }

    [Fact]
    public void Spatial_Ntu_CentrifugalPartitionHoldsExactlyTheCentresRing()
    {
        var a = SkeletonGraph.Build(SkeletonFormats.NtuRgbD);
        var expected = new[] { (20, 1), (20, 2), (20, 4), (20, 8), (1, 0), (2, 3), (4, 5), (8, 9) };

        var actual = Enumerable.Range(0, 25).SelectMany(j => Enumerable.Range(0, 25).Select(i => (j, i))).Where(p => a[2, p.j, p.i] != 0);

        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public void Degrees_NtuAndSmplX_MatchTheSpec()
    {
        int[] ntu = [4, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 2, 5, 2, 3, 2, 3];
        int[] smplx = [4, 3, 3, 3, 3, 3, 3, 4, 4, 5, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 3, 1, 1, 2, 2, 4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];

        Assert.Equal(ntu, Degrees(SkeletonFormats.NtuRgbD));
        Assert.Equal(smplx, Degrees(SkeletonFormats.SmplX42));
    }

    [Fact]
    public void Spatial_IsolatedSmplXEyes_HaveOnlyTheirSelfLink()
    {
        var a = SkeletonGraph.Build(SkeletonFormats.SmplX42);
        foreach (var eye in new[] { 23, 24 })
        {
            Assert.Equal(1f, a[0, eye, eye]);
            Assert.All(Enumerable.Range(0, 3), k => Assert.Equal(k == 0 ? 1f : 0f, Enumerable.Range(0, 42).Sum(j => a[k, j, eye])));
        }
    }

    [Theory]
    [InlineData("ntu-rgb+d", 1)]
    [InlineData("smpl_24", 1)]
    [InlineData("smplx_42", 3)]
    [InlineData("berkeley_mhad_43", 3)]
    public void ConnectedComponents_BuiltIn_MatchTheSpec(string name, int components)
    {
        var found = SkeletonGraph.ConnectedComponents(SkeletonFormats.Get(name));

        Assert.Equal(components, found.Count);
        if (name == "berkeley_mhad_43")
        {
            Assert.Equal(new[] { 3, 16, 24 }, found.Select(c => c.Count).Order());
            Assert.Equal([0, 1, 2], found[0]);
        }
    }

    private static int[] Degrees(SkeletonFormat format) =>
        Enumerable.Range(0, format.JointCount).Select(v => 1 + format.Edges.Count(e => e.First == v || e.Second == v)).ToArray();

    private static int NonZeros(Adjacency a, int k)
    {
        var count = 0;
        for (var j = 0; j < a.Joints; j++)
        {
            for (var i = 0; i < a.Joints; i++)
            {
                count += a[k, j, i] != 0 ? 1 : 0;
            }
        }

        return count;
    }

    private static double Sum(Adjacency a, int k) =>
        Enumerable.Range(0, a.Joints).Sum(j => Enumerable.Range(0, a.Joints).Sum(i => (double)a[k, j, i]));

    private static void AssertMatrix(float[,] expected, Adjacency actual, int k)
    {
        for (var j = 0; j < expected.GetLength(0); j++)
        {
            for (var i = 0; i < expected.GetLength(1); i++)
            {
                Assert.True(Math.Abs(expected[j, i] - actual[k, j, i]) < 1e-6, $"partition {k} [{j}, {i}]: expected {expected[j, i]}, got {actual[k, j, i]}");
            }
        }
    }
}
