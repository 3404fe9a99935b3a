namespace MsClr.Kit.Tests.Reliability;

/// <summary>
/// A test that takes many seconds (subprocess runs, thousands of steps): it runs only when <c>MSCLR_SLOW_TESTS=1</c>,
/// which <c>scripts/test.sh</c> (the README's and CI's test command) sets unless given <c>--fast</c>. Mark its class
/// <c>[Trait("Category", "Slow")]</c> too, so <c>--filter "Category!=Slow"</c> also works.
/// </summary>
public sealed class SlowFactAttribute : FactAttribute
{
    /// <summary>The environment variable that turns slow tests on.</summary>
    public const string EnvironmentVariable = "MSCLR_SLOW_TESTS";

    /// <summary>Skips the test unless <see cref="EnvironmentVariable"/> is <c>1</c>.</summary>
    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) != "1")
        {
            Skip = $"slow test: set {EnvironmentVariable}=1 to run it (scripts/test.sh does unless given --fast)";
        }
    }
}
