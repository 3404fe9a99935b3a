using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Losses;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Losses;

public class KeyQueueTests
{
    // Keys whose every entry encodes (write, row): easy to find in the queue afterwards.
    private static Tensor Keys(int write, int rows, int dim) =>
        arange(HeldScalars.Of(0), HeldScalars.Of(rows * dim), HeldScalars.One, float32).reshape(rows, dim).add(HeldScalars.Of(1000 * write), HeldScalars.One);

    private static float[] Column(KeyQueue queue, long column) =>
        queue.Queue.narrow(1, column, 1).flatten().data<float>().ToArray();

    [Fact]
    public void Constructor_PaperConfig_HasUnitNormColumnsOfShape128By32768()
    {
        using var scope = NewDisposeScope();
        using var queue = new KeyQueue(new ContrastiveConfig().FeatureDim, new ContrastiveConfig().QueueSize, new Generator(7));

        Assert.Equal([128L, 32768L], queue.Queue.shape);
        Assert.Equal(ScalarType.Float32, queue.Queue.dtype);
        Assert.Equal(0, queue.Pointer);
        var norms = queue.Queue.norm(0);
        Assert.True(norms.sub(HeldScalars.One).abs().max().item<float>() < 1e-5f);
    }

    [Fact]
    public void Constructor_SameSeed_GivesTheSameQueue()
    {
        using var scope = NewDisposeScope();
        using var a = new KeyQueue(16, 64, new Generator(3));
        using var b = new KeyQueue(16, 64, new Generator(3));
        using var c = new KeyQueue(16, 64, new Generator(4));

        Assert.True(a.Queue.equal(b.Queue).all().item<bool>());
        Assert.False(a.Queue.equal(c.Queue).all().item<bool>());
    }

    [Fact]
    public void Enqueue_FullCycle_WritesColumnsInOrderAndWrapsThePointer()
    {
        using var scope = NewDisposeScope();
        using var queue = new KeyQueue(3, 8, new Generator(1));

        for (var write = 0; write < 4; write++)
        {
            Assert.Equal(2 * write, queue.Pointer);
            queue.Enqueue(Keys(write, 2, 3));
        }

        Assert.Equal(0, queue.Pointer);
        for (var write = 0; write < 4; write++)
        {
            var keys = Keys(write, 2, 3);
            Assert.Equal(keys[0].data<float>().ToArray(), Column(queue, 2 * write));
            Assert.Equal(keys[1].data<float>().ToArray(), Column(queue, (2 * write) + 1));
        }
    }

    [Fact]
    public void Enqueue_AfterWrap_OverwritesTheOldestColumnsOnly()
    {
        using var scope = NewDisposeScope();
        using var queue = new KeyQueue(3, 8, new Generator(1));
        for (var write = 0; write < 5; write++)
        {
            queue.Enqueue(Keys(write, 2, 3));
        }

        Assert.Equal(2, queue.Pointer);
        Assert.Equal(Keys(4, 2, 3)[1].data<float>().ToArray(), Column(queue, 1));
        Assert.Equal(Keys(1, 2, 3)[0].data<float>().ToArray(), Column(queue, 2));
    }

    [Fact]
    public void Snapshot_LaterEnqueue_LeavesTheSnapshotUnchanged()
    {
        using var scope = NewDisposeScope();
        using var queue = new KeyQueue(3, 8, new Generator(2));
        var before = queue.Queue.clone();
        var snapshot = queue.Snapshot();

        queue.Enqueue(Keys(9, 4, 3));

        Assert.True(snapshot.equal(before).all().item<bool>());
        Assert.False(queue.Queue.equal(before).all().item<bool>());
    }

    [Fact]
    public void Enqueue_KeysWithGradient_RecordsNoGraph()
    {
        using var scope = NewDisposeScope();
        using var queue = new KeyQueue(3, 8, new Generator(2));
        var keys = randn([2, 3], generator: new Generator(5)).requires_grad_();

        queue.Enqueue(keys.mul(HeldScalars.Of(2)));

        Assert.False(queue.Queue.requires_grad);
    }

    [Fact]
    public void Enqueue_BatchNotDividingQueue_ThrowsNamingBothSizes()
    {
        using var scope = NewDisposeScope();
        using var queue = new KeyQueue(3, 8, new Generator(1));

        var error = Assert.Throws<ArgumentException>(() => queue.Enqueue(zeros(3, 3)));

        Assert.Contains("K = 8", error.Message, StringComparison.Ordinal);
        Assert.Contains("N = 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enqueue_WrongFeatureDim_Throws()
    {
        using var scope = NewDisposeScope();
        using var queue = new KeyQueue(3, 8, new Generator(1));

        var error = Assert.Throws<ArgumentException>(() => queue.Enqueue(zeros(2, 4)));

        Assert.Contains("D = 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_SavedQueueAndPointer_RestoresBoth()
    {
        using var scope = NewDisposeScope();
        using var source = new KeyQueue(3, 8, new Generator(1));
        source.Enqueue(Keys(1, 2, 3));
        using var target = new KeyQueue(3, 8, new Generator(2));

        target.LoadState(source.Queue, source.Pointer);

        Assert.True(target.Queue.equal(source.Queue).all().item<bool>());
        Assert.Equal(2, target.Pointer);
        Assert.Throws<ArgumentOutOfRangeException>(() => target.LoadState(source.Queue, 8));
    }
}
