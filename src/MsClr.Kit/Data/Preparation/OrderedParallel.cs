namespace MsClr.Kit.Data.Preparation;

/// <summary>
/// Maps a list on a few worker threads and yields the results in input order, holding at most <c>window</c> results
/// (finished or running) ahead of the consumer: a slow file delays the output but never reorders it, and memory stays
/// bounded however long the list.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Yields (item, map(item)) in input order. <paramref name="map"/> runs on at most <paramref name="workers"/> threads
    /// and should catch what it expects; anything else it throws surfaces here, at that item. Abandoning the enumeration
    /// cancels the items not yet started.
    /// </summary>
    public static IEnumerable<(T Item, TResult Result)> Map<T, TResult>(
        IReadOnlyList<T> items, Func<T, TResult> map, int workers, int window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, workers);
        return Iterate(items, map, workers, window, cancellationToken);
    }

    private static IEnumerable<(T, TResult)> Iterate<T, TResult>(
        IReadOnlyList<T> items, Func<T, TResult> map, int workers, int window, CancellationToken cancellationToken)
    {
        // The pair's concurrent side is a scheduler limited to `workers` threads of the shared pool.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, workers).ConcurrentScheduler;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<(T Item, Task<TResult> Task)>();
        var next = 0;
        try
        {
            while (true)
            {
                while (next < items.Count && pending.Count < window)
                {
                    var item = items[next++];
                    pending.Enqueue((item, Task.Factory.StartNew(() => map(item), stop.Token, TaskCreationOptions.None, scheduler)));
                }

                if (pending.Count == 0)
                {
                    yield break;
                }

                var (head, task) = pending.Dequeue();
                yield return (head, task.GetAwaiter().GetResult());
            }
        }
        finally
        {
            stop.Cancel();
        }
    }
}
