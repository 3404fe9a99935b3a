using System.Diagnostics;

namespace MsClr.Kit.Runtime;

/// <summary>
/// Progress reports as one line each for a display that updates in place (a notebook output): every report is
/// formatted, and the line is handed to <c>show</c> for the first report, at most once per interval after that, and
/// always for a report that closes an epoch, so the display keeps up without flooding the kernel.
/// </summary>
/// <typeparam name="T">The progress event.</typeparam>
public sealed class ProgressLines<T> : IProgress<T>
{
    private readonly Func<T, string> _format;
    private readonly Func<T, bool> _closesEpoch;
    private readonly Action<object?> _show;
    private readonly TimeSpan _interval;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;

    /// <summary>Lines of <paramref name="format"/> passed to <paramref name="show"/>.</summary>
    /// <param name="format">One line per event.</param>
    /// <param name="closesEpoch">Whether an event is an epoch's last step (always shown).</param>
    /// <param name="show">Receives the lines shown.</param>
    /// <param name="interval">The least time between two lines shown, other than epoch ends.</param>
    public ProgressLines(Func<T, string> format, Func<T, bool> closesEpoch, Action<object?> show, TimeSpan interval) =>
        (_format, _closesEpoch, _show, _interval) = (format, closesEpoch, show, interval);

    /// <summary>The latest line, shown or not; null before the first report.</summary>
    public string? Line { get; private set; }

    /// <inheritdoc />
    public void Report(T value)
    {
        Line = _format(value);
        var now = _clock.Elapsed;
        if (_last is null || now - _last >= _interval || _closesEpoch(value))
        {
            _last = now;
            _show(Line);
        }
    }
}
