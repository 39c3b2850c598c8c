using Microsoft.Data.Sqlite;

namespace Plenum.Storage.Sqlite;

/// <summary>The SQLite and file-system errors a user can act on, worded with the store's path.</summary>
internal static class SqliteErrors
{
    // Primary result codes of https://www.sqlite.org/rescode.html
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>ENOSPC, which .NET reports as the HResult of the IOException on Unix.</summary>
    private const int NoSpaceErrno = 28;

    public static StoreException? Translate(Exception exception, string path) => exception switch
    {
        SqliteException { SqliteErrorCode: NotADatabase or Corrupt } e => new StoreException(StoreFailure.NotAStore,
            $"{path} is not a Plenum store or is corrupt ({Reason(e)}); move it aside, restore a backup, or choose another file with --store", e),
        SqliteException { SqliteErrorCode: ReadOnly } e => new StoreException(StoreFailure.ReadOnly,
            $"{path} is read-only ({Reason(e)}); check the permissions of the file and its folder, or choose another file with --store", e),
        SqliteException { SqliteErrorCode: Full } e => new StoreException(StoreFailure.DiskFull,
            $"the disk holding {path} is full ({Reason(e)}); nothing was saved; free some space and run again", e),
        SqliteException { SqliteErrorCode: CantOpen } e => new StoreException(StoreFailure.ReadOnly,
            $"cannot open {path} ({Reason(e)}); check that its folder exists and may be written, or choose another file with --store", e),
        _ => null,
    };

    public static StoreException FolderFailure(string folder, Exception e) =>
        e is IOException { HResult: NoSpaceErrno }
            ? new StoreException(StoreFailure.DiskFull, $"the disk is full: cannot create {folder} for the store ({e.Message})", e)
            : new StoreException(StoreFailure.InvalidLocation, $"cannot create the folder {folder} for the store ({e.Message}); set PLENUM_HOME or pass --store FILE", e);

    /// <summary>SQLite's own words without the "SQLite Error 26:" prefix.</summary>
    private static string Reason(SqliteException e)
    {
        var message = e.Message;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return (message.StartsWith("SQLite Error", StringComparison.Ordinal) && colon > 0 ? message[(colon + 2)..] : message).Trim().TrimEnd('.').Trim('\'');
    }
}
