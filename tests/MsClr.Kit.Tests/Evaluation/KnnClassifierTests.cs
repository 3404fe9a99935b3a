using MsClr.Kit.Evaluation;
using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Evaluation;

public class KnnClassifierTests
{
    /// <summary>The protocol written out: cosine similarity to every training clip, the k most similar, majority vote,
    /// ties to the larger summed similarity, then the smaller label.</summary>
    private static long[] Naive(float[,] train, long[] labels, float[,] test, int k, int classes)
    {
        double Cosine(float[,] a, int i, float[,] b, int j)
        {
            double dot = 0, na = 0, nb = 0;
            for (var d = 0; d < a.GetLength(1); d++)
            {
                dot += a[i, d] * (double)b[j, d];
                na += a[i, d] * (double)a[i, d];
                nb += b[j, d] * (double)b[j, d];
            }

            return dot / Math.Sqrt(na) / Math.Sqrt(nb);
        }

        var predictions = new long[test.GetLength(0)];
        for (var i = 0; i < predictions.Length; i++)
        {
            var nearest = Enumerable.Range(0, train.GetLength(0)).Select(j => (j, s: Cosine(test, i, train, j))).OrderByDescending(p => p.s).Take(k).ToArray();
            predictions[i] = Enumerable.Range(0, classes)
                .Select(c => (c, votes: nearest.Count(n => labels[n.j] == c), weight: nearest.Where(n => labels[n.j] == c).Sum(n => n.s)))
                .OrderByDescending(v => v.votes).ThenByDescending(v => v.weight).ThenBy(v => v.c)
                .First().c;
        }

        return predictions;
    }

    private static float[,] Random2D(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var x = new float[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                x[i, j] = (float)(random.NextDouble() * 2 - 1);
            }
        }

        return x;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(20)]
    public void Predict_RandomFeatures_MatchesANaiveLoop(int k)
    {
        var (train, test) = (Random2D(60, 8, 1), Random2D(25, 8, 2));
        var random = new Random(3);
        var labels = Enumerable.Range(0, 60).Select(_ => (long)random.Next(5)).ToArray();

        using var predictions = KnnClassifier.Predict(tensor(train), tensor(labels), tensor(test), k, classes: 5, batchSize: 7);

        Assert.Equal(Naive(train, labels, test, k, 5), predictions.data<long>().ToArray());
    }

    [Fact]
    public void Predict_FeaturesScaledPerClip_GiveTheSamePredictions()
    {
        var (train, test) = (Random2D(40, 6, 4), Random2D(10, 6, 5));
        var labels = Enumerable.Range(0, 40).Select(i => (long)(i % 4)).ToArray();
        using var scale = rand(40, 1, generator: new Generator(6)).mul(HeldScalars.Of(1e6)).add(HeldScalars.Of(1e-6), HeldScalars.One);

        using var plain = KnnClassifier.Predict(tensor(train), tensor(labels), tensor(test), 5, 4);
        using var scaled = KnnClassifier.Predict(tensor(train) * scale, tensor(labels), tensor(test).mul(HeldScalars.Of(1e-9)), 5, 4);

        Assert.Equal(plain.data<long>().ToArray(), scaled.data<long>().ToArray());
    }

    [Fact]
    public void Predict_TwoVotesEach_TheCloserPairWins()
    {
        // Neighbours of (1, 0): two of class 1 at angles 10° and 20°, two of class 0 at 30° and 40°.
        static float[] At(double degrees) => [(float)Math.Cos(degrees * Math.PI / 180), (float)Math.Sin(degrees * Math.PI / 180)];
        var train = tensor(new[] { At(30), At(10), At(40), At(20) }.SelectMany(v => v).ToArray()).reshape(4, 2);

        using var prediction = KnnClassifier.Predict(train, tensor(new long[] { 0, 1, 0, 1 }), tensor(new float[] { 1, 0 }).reshape(1, 2), k: 4, classes: 2);

        Assert.Equal(1L, prediction.data<long>()[0]);
    }

    [Fact]
    public void Top1_SeparatedClusters_IsPerfectAtK1()
    {
        var centres = tensor(new float[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 }).reshape(3, 3);
        var noise = new Generator(9);
        var labels = arange(HeldScalars.Of(0), HeldScalars.Of(30), HeldScalars.One, ScalarType.Int64).remainder(HeldScalars.Of(3));
        var train = centres.index_select(0, labels).add(randn(30, 3, generator: noise).mul(HeldScalars.Of(0.05)), HeldScalars.One);
        var test = centres.index_select(0, labels).add(randn(30, 3, generator: noise).mul(HeldScalars.Of(0.05)), HeldScalars.One);

        Assert.Equal(1.0, KnnClassifier.Top1(train, labels, test, labels, 1, 3));
    }

    [Fact]
    public void Predict_KLargerThanTheTrainingSet_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KnnClassifier.Predict(zeros(3, 2), zeros(3, dtype: ScalarType.Int64), zeros(1, 2), 4, 2));
    }
}
