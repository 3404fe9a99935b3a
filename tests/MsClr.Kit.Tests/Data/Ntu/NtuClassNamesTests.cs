using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Ntu;

public class NtuClassNamesTests
{
    [Fact]
    public void All_Has120DistinctNonEmptyNames()
    {
        Assert.Equal(120, NtuClassNames.All.Count);
        Assert.All(NtuClassNames.All, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.All(NtuClassNames.All, name => Assert.Equal(name.Trim(), name));
        Assert.Equal(120, NtuClassNames.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(1, "drink water")]
    [InlineData(11, "reading")]
    [InlineData(12, "writing")]
    [InlineData(43, "falling")]
    [InlineData(50, "punching/slapping other person")]
    [InlineData(60, "walking apart from each other")]
    [InlineData(61, "put on headphone")]
    [InlineData(109, "grab other person's stuff")]
    [InlineData(120, "finger-guessing game (playing rock-paper-scissors)")]
    public void ForLabel_OfficialActionNumber_GivesOfficialName(int action, string name)
    {
        Assert.Equal(name, NtuClassNames.ForLabel(action - 1));
    }

    [Fact]
    public void For_SampleId_UsesItsZeroBasedLabel()
    {
        Assert.Equal("reading", NtuClassNames.For(NtuSampleId.Parse("S001C001P001R001A011")));
    }

    [Fact]
    public void ForLabel_OutOfRange_ThrowsWithRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NtuClassNames.ForLabel(120));

        Assert.Contains("0..119", error.Message, StringComparison.Ordinal);
    }
}
