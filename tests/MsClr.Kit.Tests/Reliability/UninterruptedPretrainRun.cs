namespace MsClr.Kit.Tests.Reliability;

/// <summary>One uninterrupted <c>msclr pretrain</c> run (and the synthetic data it makes), shared by the fault tests of a
/// class: each interrupted run must end bit-identical to it.</summary>
public sealed class UninterruptedPretrainRun : IDisposable
{
    private readonly Lazy<string> _checksums;

    public UninterruptedPretrainRun()
    {
        Root = Directory.CreateTempSubdirectory("msclr-kill-").FullName;
        _checksums = new Lazy<string>(() =>
        {
            var runs = Path.Combine(Root, "straight");
            Assert.Equal(0, PretrainProcess.Run(DataRoot, runs));
            return PretrainProcess.FinalChecksums(runs);
        });
    }

    /// <summary>A temporary folder for the class's runs; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The data root shared by every run (made by the first).</summary>
    public string DataRoot => Path.Combine(Root, "data");

    /// <summary>The final checkpoint of the uninterrupted run (see <see cref="PretrainProcess.FinalChecksums"/>); runs it on first use.</summary>
    public string FinalChecksums => _checksums.Value;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
