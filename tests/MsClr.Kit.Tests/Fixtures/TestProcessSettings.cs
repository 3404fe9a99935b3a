using System.Runtime.CompilerServices;
using MsClr.Kit.Models;

namespace MsClr.Kit.Tests.Fixtures;

/// <summary>Settings of the test process, applied before any test runs.</summary>
internal static class TestProcessSettings
{
    /// <summary>The tests check bf16's numerics on whatever CPU runs them (tiny models, so emulated bf16 is only slow, not
    /// prohibitive); the refusal of bf16 on CPUs without native support is tested with the detection injected
    /// (<c>CpuFeaturesTests</c>).</summary>
    [ModuleInitializer]
    internal static void AllowBf16OnAnyCpu() => Environment.SetEnvironmentVariable(ComputePrecisionSupport.ForceVariable, "1");
}
