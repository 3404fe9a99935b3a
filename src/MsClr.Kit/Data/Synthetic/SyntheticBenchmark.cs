namespace MsClr.Kit.Data.Synthetic;

/// <summary>Evaluation protocols of the synthetic benchmark, computed by <see cref="SyntheticSplits"/>.</summary>
public enum SyntheticBenchmark
{
    /// <summary>X-Sub style: odd subject ids train, even ones test.</summary>
    CrossSubject,

    /// <summary>X-View style: views 2..V train, view 1 (frontal) tests.</summary>
    CrossView,
}
