using MsClr.Kit.Experiments.Paper;

namespace MsClr.Kit.Tests.Experiments.Paper;

public class ReadmeResultsTests
{
    [Fact]
    public void Update_MarkedFile_ReplacesOnlyTheBlockBetweenTheMarkers()
    {
        using var temp = new TempFolder("readme");
        var path = temp.File("readme.md");
        File.WriteAllText(path, $"# Title\n\n{ReadmeResults.StartMarker}\nold table\n{ReadmeResults.EndMarker}\n\nafter\n");

        ReadmeResults.Update(path, "| new | table |\n");

        Assert.Equal($"# Title\n\n{ReadmeResults.StartMarker}\n| new | table |\n{ReadmeResults.EndMarker}\n\nafter\n", File.ReadAllText(path));
    }

    [Fact]
    public void Update_FileWithoutMarkers_FailsNamingTheFileAndTheMarkers()
    {
        using var temp = new TempFolder("readme");
        var path = temp.File("readme.md");
        File.WriteAllText(path, "# no markers\n");

        var error = Assert.Throws<InvalidDataException>(() => ReadmeResults.Update(path, "x"));

        Assert.Contains(path, error.Message);
        Assert.Contains(ReadmeResults.StartMarker, error.Message);
        Assert.Equal("# no markers\n", File.ReadAllText(path));
    }
}
