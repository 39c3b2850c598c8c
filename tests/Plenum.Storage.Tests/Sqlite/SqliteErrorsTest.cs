using Microsoft.Data.Sqlite;
using Plenum.Storage.Sqlite;

namespace Plenum.Storage.Tests.Sqlite;

/// <summary>
/// The wording of SQLite failures that cannot be provoked here: the tests run as root, which writes read-only
/// files anyway, and filling a disk is not a test. The codes are SQLite's primary result codes.
/// </summary>
public sealed class SqliteErrorsTest
{
    private const string Path = "/home/ann/.local/share/plenum/plenum.db";

    [Fact]
    public void Translate_ReadOnly_NamesTheFileAndWhatToCheck()
    {
        var e = SqliteErrors.Translate(new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8), Path);

        Assert.Equal(StoreFailure.ReadOnly, e!.Failure);
        Assert.Equal($"{Path} is read-only (attempt to write a readonly database); check the permissions of the file and its folder, " +
                     "or choose another file with --store", e.Message);
    }

    [Fact]
    public void Translate_DiskFull_SaysNothingWasSaved()
    {
        var e = SqliteErrors.Translate(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13), Path);

        Assert.Equal(StoreFailure.DiskFull, e!.Failure);
        Assert.Equal($"the disk holding {Path} is full (database or disk is full); nothing was saved; free some space and run again", e.Message);
    }

    [Fact]
    public void Translate_Corrupt_FailsAsNotAStore()
    {
        var e = SqliteErrors.Translate(new SqliteException("SQLite Error 11: 'database disk image is malformed'.", 11), Path);

        Assert.Equal(StoreFailure.NotAStore, e!.Failure);
        Assert.StartsWith($"{Path} is not a Plenum store or is corrupt (database disk image is malformed)", e.Message);
    }

    [Fact]
    public void Translate_NoSpaceForTheFolder_IsDiskFull()
    {
        var e = SqliteErrors.FolderFailure("/home/ann/.local/share/plenum", new IOException("No space left on device", 28));

        Assert.Equal(StoreFailure.DiskFull, e.Failure);
        Assert.Equal("the disk is full: cannot create /home/ann/.local/share/plenum for the store (No space left on device)", e.Message);
    }

    [Fact]
    public void Translate_SyntaxError_IsNotAUserProblem()
    {
        Assert.Null(SqliteErrors.Translate(new SqliteException("SQLite Error 1: 'near \"(\": syntax error'.", 1), Path));
        Assert.Null(SqliteErrors.Translate(new InvalidOperationException("bug"), Path));
    }
}
