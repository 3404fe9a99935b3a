using MsClr.Kit.Data.Preparation;

namespace MsClr.Kit.Tests.Data.Preparation;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Map_UnevenWork_YieldsInInputOrderWithAtMostWorkersAtOnce()
    {
        var running = 0;
        var peak = 0;
        var items = Enumerable.Range(0, 40).ToArray();

        var results = OrderedParallel.Map(items, i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            Thread.Sleep((i * 7) % 5);
            Interlocked.Decrement(ref running);
            return i * i;
        }, workers: 2, window: 6, CancellationToken.None).ToArray();

        Assert.Equal(items, results.Select(r => r.Item));
        Assert.Equal(items.Select(i => i * i), results.Select(r => r.Result));
        Assert.InRange(peak, 1, 2);
    }

    [Fact]
    public void Map_ConsumerStopsEarly_StartsNoMoreThanTheWindow()
    {
        var started = 0;

        var first = OrderedParallel.Map(Enumerable.Range(0, 1000).ToArray(), i =>
        {
            Interlocked.Increment(ref started);
            return i;
        }, workers: 2, window: 4, CancellationToken.None).First();

        Assert.Equal(0, first.Result);
        Assert.InRange(Volatile.Read(ref started), 1, 4);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
