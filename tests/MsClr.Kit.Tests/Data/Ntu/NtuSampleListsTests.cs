using MsClr.Kit.Data.Ntu;

namespace MsClr.Kit.Tests.Data.Ntu;

public sealed class NtuSampleListsTests : IDisposable
{
    private readonly NtuTestFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void ReadIds_BlankLinesAndCrlf_SkipsBlanksKeepsOrder()
    {
        var path = files.Write("list.txt", "S001C002P005R002A008\r\n\r\n   \r\nS001C003P002R001A055.skeleton\r\n");

        var ids = NtuSampleLists.ReadIds(path);

        Assert.Equal(["S001C002P005R002A008", "S001C003P002R001A055"], ids.Select(id => id.ToString()));
    }

    [Fact]
    public void ReadIds_BadLine_ThrowsWithFileAndLine()
    {
        var path = files.Write("bad.txt", "S001C002P005R002A008\n\nS001C003P002R001B055\n");

        var error = Assert.Throws<FormatException>(() => NtuSampleLists.ReadIds(path));

        Assert.StartsWith($"{path}:3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("S001C003P002R001B055", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadIds_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(files.Folder, "absent.txt");

        var error = Assert.Throws<FileNotFoundException>(() => NtuSampleLists.ReadIds(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
