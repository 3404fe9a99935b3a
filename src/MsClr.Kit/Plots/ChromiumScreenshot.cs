using System.Diagnostics;
using System.Globalization;

namespace MsClr.Kit.Plots;

/// <summary>Screenshots an HTML page with headless Chromium (ecosystem-notes §2), one fresh browser profile per call.</summary>
internal static class ChromiumScreenshot
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <summary>The first Chromium executable on <paramref name="searchPath"/> (PATH syntax), or <c>null</c>.</summary>
    public static string? Find(string? searchPath)
    {
        if (string.IsNullOrEmpty(searchPath))
        {
            return null;
        }

        foreach (var directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Loads <paramref name="html"/> in a <paramref name="width"/> × <paramref name="height"/> window and returns the PNG bytes.</summary>
    public static byte[] Capture(string chromium, string html, int width, int height, TimeSpan timeout)
    {
        var work = Directory.CreateTempSubdirectory("msclr-png-");
        try
        {
            var page = Path.Combine(work.FullName, "page.html");
            var shot = Path.Combine(work.FullName, "shot.png");
            File.WriteAllText(page, html);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // The launchers preload tcmalloc for libtorch (scripts/runtime-env.sh); Chromium brings its own allocator.
            start.Environment.Remove("LD_PRELOAD");
            foreach (var argument in Arguments(work.FullName, shot, page, width, height))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {chromium}");
            // Read both pipes concurrently so that a chatty browser cannot block on a full pipe.
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"{chromium} did not finish the screenshot of a {width}×{height} chart within {timeout.TotalSeconds:0} s");
            }

            if (!File.Exists(shot) || new FileInfo(shot).Length == 0)
            {
                // A helper process that outlives the browser may hold the pipes open: do not wait for them for long.
                var log = Task.WaitAll([output, errors], TimeSpan.FromSeconds(5)) ? (output.Result + errors.Result).Trim() : "(output unavailable)";
                throw new InvalidOperationException(
                    $"{chromium} exited with code {process.ExitCode} without writing a screenshot; its output ends: {log[Math.Max(0, log.Length - 2000)..]}");
            }

            return File.ReadAllBytes(shot);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Arguments(string work, string shot, string page, int width, int height)
    {
        string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        return
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            // WebGL (3D scenes) needs the software rasteriser once the GPU is off.
            "--enable-unsafe-swiftshader",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            // Lets plotly finish asynchronous drawing (fonts, WebGL) before the shot.
            "--virtual-time-budget=5000",
            Invariant($"--user-data-dir={Path.Combine(work, "profile")}"),
            Invariant($"--screenshot={shot}"),
            Invariant($"--window-size={width},{height}"),
            new Uri(page).AbsoluteUri,
        ];
    }
}
