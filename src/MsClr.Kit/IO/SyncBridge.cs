namespace MsClr.Kit.IO;

/// <summary>
/// The kit's one bridge from async-only Parquet.Net to the synchronous APIs that notebook cells and TorchSharp training
/// loops call (<c>SkeletonStoreReader.Open</c>, <c>ScoreFile</c>, <c>MetricsLog</c>). Async callers use the async methods
/// directly; a new synchronous wrapper goes through here rather than writing its own <c>GetAwaiter().GetResult()</c>.
/// </summary>
/// <remarks>The work starts on the thread pool, so a caller that has a synchronization context (a notebook kernel, a UI
/// thread) cannot deadlock on a continuation posted back to its own blocked thread. Exceptions come back unwrapped, as from
/// <c>await</c>. Anything thread-bound (a TorchSharp tensor, which belongs to its thread's dispose scopes) is made by the
/// caller from the returned values, never inside the work.</remarks>
internal static class SyncBridge
{
    /// <summary>Runs <paramref name="work"/> to completion and returns its result.</summary>
    public static T Run<T>(Func<Task<T>> work) => Task.Run(work).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="work"/> to completion.</summary>
    public static void Run(Func<Task> work) => Task.Run(work).GetAwaiter().GetResult();
}
