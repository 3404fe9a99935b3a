using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Ntu;

public class NtuSampleIdTests
{
    [Theory]
    [InlineData("S001C002P003R002A013")]
    [InlineData("S001C002P003R002A013.skeleton")]
    [InlineData("S001C002P003R002A013_rgb")]
    [InlineData("S001C002P003R002A013_rgb.avi")]
    [InlineData("  S001C002P003R002A013\r")]
    public void Parse_DocumentedExample_GivesEveryPart(string text)
    {
        var id = NtuSampleId.Parse(text);

        Assert.Equal(1, id.Setup);
        Assert.Equal(2, id.Camera);
        Assert.Equal(3, id.Performer);
        Assert.Equal(3, id.Subject);
        Assert.Equal(2, id.Replication);
        Assert.Equal(13, id.Action);
        Assert.Equal(12, id.Label);
        Assert.Equal("S001C002P003R002A013", id.ToString());
    }

    [Theory]
    [InlineData("S032C003P106R002A120")]
    [InlineData("S017C001P040R001A060")]
    [InlineData("S010C002P021R002A001")]
    public void ToString_AfterParse_RoundTrips(string name)
    {
        var id = NtuSampleId.Parse(name);

        Assert.Equal(name, id.ToString());
        Assert.Equal(id, NtuSampleId.Parse(id.ToString()));
    }

    [Theory]
    [InlineData("", "expected 20 characters")]
    [InlineData("S001C002P003R002A01", "found 19")]
    [InlineData("S001C002P003R002X013", "expected 'A' at position 16, found 'X'")]
    [InlineData("S001C0a2P003R002A013", "expected a digit at position 6")]
    [InlineData("s001C002P003R002A013", "expected 'S' at position 0")]
    [InlineData("S001C002P000R002A013", "P000")]
    [InlineData("S001C002P003R002A013.txt", "expected 20 characters")]
    public void Parse_Malformed_ThrowsNamingTextAndExpectation(string text, string fragment)
    {
        var error = Assert.Throws<FormatException>(() => NtuSampleId.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.False(NtuSampleId.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(NtuSampleId.TryParse((string?)null, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Constructor_PartOutOfRange_ThrowsNamingThePart()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NtuSampleId(1, 0, 1, 1, 1));

        Assert.Equal("camera", error.ParamName);
        Assert.Contains("found 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_SortedIds_MatchesOrdinalNameOrder()
    {
        string[] names = ["S002C001P001R001A001", "S001C003P001R001A001", "S001C001P001R001A060", "S001C001P001R002A001", "S001C001P010R001A001"];

        var byId = names.Select(NtuSampleId.Parse).Order().Select(id => id.ToString());

        Assert.Equal(names.Order(StringComparer.Ordinal), byId);
    }
}
