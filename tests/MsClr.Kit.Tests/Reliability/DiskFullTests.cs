using System.Diagnostics;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>Data preparation on a full disk (a 256 KiB tmpfs): a clear I/O error naming the file, and no partial files.</summary>
public class DiskFullTests
{
    [Fact]
    public void SyntheticPrep_OnAFullDisk_FailsWithTheFileNamedAndLeavesNothing()
    {
        var mountPoint = Directory.CreateTempSubdirectory("msclr-full-").FullName;
        Mount(mountPoint);
        try
        {
            var error = Assert.ThrowsAny<IOException>(() =>
                SyntheticStore.Ensure(mountPoint, new SyntheticConfig { Samples = 200, Seed = 1 }, [SkeletonFormats.SmplX42]));

            Assert.Contains(mountPoint, error.Message);
            Assert.Empty(Directory.GetFiles(mountPoint, "*", SearchOption.AllDirectories));
        }
        finally
        {
            Shell("umount", mountPoint);
            Directory.Delete(mountPoint, true);
        }
    }

    // The test machines (developers' and CI's) run as root, so a tmpfs can be mounted; elsewhere this says why it failed.
    private static void Mount(string mountPoint) =>
        Assert.True(Shell("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint) == 0,
            $"could not mount a 256 KiB tmpfs on {mountPoint}: this test needs root (mount)");

    private static int Shell(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
