using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests.Runtime;

/// <summary>One parser serves <c>KitEnvironment.ConfigureThreads</c> and <c>ExperimentParallelism.ForThisMachine</c>.</summary>
public class ThreadsVariableTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData(" 12 ", 12)]
    [InlineData(null, null)]
    public void ParseThreads_PositiveIntegerOrUnset_IsTheCount(string? text, int? expected) =>
        Assert.Equal(expected, KitEnvironment.ParseThreads(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("+2")]
    [InlineData("1.5")]
    [InlineData("two")]
    public void ParseThreads_AnythingElse_FailsNamingTheVariableAndText(string text)
    {
        var error = Assert.Throws<InvalidOperationException>(() => KitEnvironment.ParseThreads(text));

        Assert.Contains($"{KitEnvironment.ThreadsVariable}='{text}'", error.Message);
    }
}
