using System.Collections.Concurrent;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// Builds the next batches on a background thread while the current one trains, so data preparation overlaps compute.
/// Items not consumed (on early exit) are disposed.
/// </summary>
public static class Prefetcher
{
    /// <summary>Enumerates <paramref name="source"/> on a background thread, keeping up to <paramref name="capacity"/> items ready;
    /// <paramref name="discard"/> releases items that are never consumed.</summary>
    public static IEnumerable<T> Run<T>(IEnumerable<T> source, Action<T> discard, int capacity = 2)
    {
        using var queue = new BlockingCollection<T>(capacity);
        using var stop = new CancellationTokenSource();
        Exception? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    try
                    {
                        queue.Add(item, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        discard(item);
                        return;
                    }
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                queue.CompleteAdding();
            }
        }) { IsBackground = true, Name = "msclr-prefetch" };
        producer.Start();
        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                yield return item;
            }

            if (failure is not null)
            {
                throw new InvalidOperationException($"building a batch failed: {failure.Message}", failure);
            }
        }
        finally
        {
            stop.Cancel();
            producer.Join();
            while (queue.TryTake(out var left))
            {
                discard(left);
            }
        }
    }
}
