using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class NearestNeighbourMiningTests
{
    // (2, 5) cosines whose row maxima sit at the given queue indices.
    private static Tensor Cosines(int top0, int top1)
    {
        var values = new float[2, 5];
        for (var j = 0; j < 5; j++)
        {
            values[0, j] = 0.1f * j * (j % 2 == 0 ? 1 : -1);
            values[1, j] = -0.05f * j;
        }

        values[0, top0] = 0.9f;
        values[1, top1] = 0.8f;
        return tensor(values);
    }

    [Fact]
    public void Mask_KnownTop1Indices_MarksColumnZeroAndTheUnionShiftedByOne()
    {
        using var scope = NewDisposeScope();

        var mask = AimClrObjective.MiningMask(1, Cosines(3, 0), Cosines(3, 4), Cosines(1, 2));

        Assert.Equal([2L, 6L], mask.shape);
        // Row 0: indices 3, 3 (coincide), 1 -> columns 0, 4, 2: three positives, not four.
        Assert.Equal([1f, 0f, 1f, 0f, 1f, 0f], mask[0].data<float>().ToArray());
        // Row 1: indices 0, 4, 2 -> columns 0, 1, 5, 3.
        Assert.Equal([1f, 1f, 0f, 1f, 0f, 1f], mask[1].data<float>().ToArray());
    }

    [Fact]
    public void Mask_AllViewsAgree_GivesTwoPositivesPerRow()
    {
        using var scope = NewDisposeScope();

        var mask = AimClrObjective.MiningMask(1, Cosines(2, 1), Cosines(2, 1), Cosines(2, 1));

        Assert.Equal([2f, 2f], mask.sum(1).data<float>().ToArray());
    }

    [Fact]
    public void Mask_Top2_MarksTheTwoLargestPerRow()
    {
        using var scope = NewDisposeScope();
        var cosines = tensor(new[,] { { 0.1f, 0.7f, 0.3f, 0.9f } });

        var mask = AimClrObjective.MiningMask(2, cosines);

        Assert.Equal([1f, 0f, 1f, 0f, 1f], mask[0].data<float>().ToArray());
    }

    [Fact]
    public void Mask_RandomCosines_EqualsNaiveArgmaxUnion()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(61);
        var views = Enumerable.Range(0, 3).Select(_ => randn([7, 50], generator: generator)).ToArray();

        var mask = AimClrObjective.MiningMask(1, views);

        var expected = NaiveContrastive.Top1Mask([.. views.Select(NaiveContrastive.ToArray)]);
        Assert.Equal(expected.Cast<double>(), NaiveContrastive.ToArray(mask).Cast<double>());
    }

    [Fact]
    public void Mask_MismatchedShapes_Throws()
    {
        using var scope = NewDisposeScope();

        Assert.Throws<ArgumentException>(() => AimClrObjective.MiningMask(1, zeros(2, 5), zeros(2, 6)));
        Assert.Throws<ArgumentException>(() => AimClrObjective.MiningMask(1));
    }
}
