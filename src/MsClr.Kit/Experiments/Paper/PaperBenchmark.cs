namespace MsClr.Kit.Experiments.Paper;

/// <summary>The four benchmarks (dataset and split) the paper reports on.</summary>
public enum PaperBenchmark
{
    /// <summary>NTU RGB+D 60 cross-view.</summary>
    Ntu60XView,

    /// <summary>NTU RGB+D 60 cross-subject.</summary>
    Ntu60XSub,

    /// <summary>NTU RGB+D 120 cross-setup.</summary>
    Ntu120XSet,

    /// <summary>NTU RGB+D 120 cross-subject.</summary>
    Ntu120XSub,
}
