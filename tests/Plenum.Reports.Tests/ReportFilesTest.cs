namespace Plenum.Reports.Tests;

public sealed class ReportFilesTest
{
    [Theory]
    [InlineData("trajectory-bdm-line", "trajectory-bdm-line")]
    [InlineData("power-../../etc", "power-.._.._etc")]
    [InlineData("a b<c>", "a_b_c_")]
    [InlineData("..", "_")]
    public void SafeName_KeepsOnlySafeCharacters(string name, string expected) =>
        Assert.Equal(expected, ReportFiles.SafeName(name));

    [Fact]
    public void UniqueStem_SameNameTwice_GetsASuffix()
    {
        using var folder = new ScratchFolder();
        var files = new ReportFiles(folder.Path);
        Assert.Equal("tornado-x-y", files.UniqueStem("tornado-x-y"));
        Assert.Equal("tornado-x-y-2", files.UniqueStem("tornado-x-y"));
        Assert.Equal("tornado-x-y-3", files.UniqueStem("tornado/x-y".Replace('/', '-')));
    }
}
