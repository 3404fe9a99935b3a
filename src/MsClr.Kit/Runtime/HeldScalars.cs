using System.Collections.Concurrent;
using TorchSharp;

namespace MsClr.Kit.Runtime;

/// <summary>
/// Numbers as TorchSharp <see cref="Scalar"/>s that live as long as the process: the only way the kit hands a number to
/// a tensor operation. TorchSharp 0.107 turns a number into a Scalar implicitly (<c>x.mul_(0.9)</c>, and inside
/// <c>a + b</c>, <c>add_(b)</c>, <c>square()</c>, BatchNorm's batch counter and SGD's step) and passes LibTorch only
/// its native handle; nothing keeps the managed object reachable through the call, so a garbage collection started by
/// another thread (the prefetcher, a progress bar, tests running beside) can finalise it while LibTorch still reads it.
/// The symptoms are LibTorch's "INTERNAL ASSERT FAILED at Scalar.h", a segfault, or a wrong number, rarely; with a thread
/// collecting in a loop, the AimCLR step failed this way within seconds. A held Scalar is never disposed. The kit uses
/// few distinct values (hyperparameters, sizes, ±1), so the cache stays small; a test checks the compiled kit for any
/// conversion made elsewhere.
/// </summary>
public static class HeldScalars
{
    private static readonly ConcurrentDictionary<long, Scalar> Reals = new();
    private static readonly ConcurrentDictionary<long, Scalar> Integers = new();

    /// <summary>The integer 1: the alpha TorchSharp passes for <c>a + b</c>, <c>add_(b)</c> and <c>t + number</c>.</summary>
    public static Scalar One => Of(1L);

    /// <summary>A floating-point Scalar (LibTorch stores every real as a double, so a float argument gives the same
    /// Scalar as TorchSharp's float conversion).</summary>
    /// <param name="value">The number.</param>
    public static Scalar Of(double value) =>
        Reals.GetOrAdd(BitConverter.DoubleToInt64Bits(value), static bits => BitConverter.Int64BitsToDouble(bits).ToScalar());

    /// <summary>An integral Scalar (LibTorch stores every integer as an int64, so an int argument gives the same Scalar
    /// as TorchSharp's int conversion).</summary>
    /// <param name="value">The number.</param>
    public static Scalar Of(long value) => Integers.GetOrAdd(value, static v => v.ToScalar());
}
