using System.Runtime.CompilerServices;
using Plenum.Storage.Postgres;
using Plenum.Storage.Sqlite;

namespace Plenum.Storage;

/// <summary>
/// Opens the store of runs named by <c>--store</c>, <c>PLENUM_STORE</c> or, by default, <c>$PLENUM_HOME/plenum.db</c>
/// (<c>~/.local/share/plenum/plenum.db</c> when <c>PLENUM_HOME</c> is not set).
/// </summary>
/// <remarks>
/// A value that starts with <c>Host=</c> (an Npgsql connection string) or <c>postgres://</c> / <c>postgresql://</c>
/// (a URI) names a PostgreSQL database; anything else is the path of an SQLite file, created with its folder on
/// first use. Opening only reads the value: the first operation connects and creates or upgrades the schema.
/// </remarks>
public static class RunStores
{
    /// <summary>The environment variable holding a store location (same syntax as <c>--store</c>).</summary>
    public const string StoreVariable = "PLENUM_STORE";

    /// <summary>The environment variable naming Plenum's data folder; the default store is <c>plenum.db</c> inside it.</summary>
    public const string HomeVariable = "PLENUM_HOME";

    /// <summary>The file name of the default store inside the data folder.</summary>
    public const string DefaultFileName = "plenum.db";

    /// <summary>Opens the store named by <paramref name="spec"/>, else by <c>PLENUM_STORE</c>, else the default file.</summary>
    /// <exception cref="StoreException">The value cannot be used (<see cref="StoreFailure.InvalidLocation"/>).</exception>
    public static IRunStore Open(string? spec = null) => Open(Resolve(spec));

    /// <summary>Opens a store at an already resolved location.</summary>
    public static IRunStore Open(StoreLocation location) => location.Backend switch
    {
        StoreBackend.Postgres => OpenPostgres(location),
        _ => OpenSqlite(location),
    };

    // Kept apart so that a process using one back end never loads the other's driver.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IRunStore OpenPostgres(StoreLocation location) => new PostgresRunStore(location);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IRunStore OpenSqlite(StoreLocation location) => new SqliteRunStore(location);

    /// <summary>Where <see cref="Open(string?)"/> would put the runs, reading the process environment.</summary>
    public static StoreLocation Resolve(string? spec = null) => Resolve(spec, Environment.GetEnvironmentVariable);

    /// <summary>Resolution with an explicit environment, so tests do not depend on the machine.</summary>
    internal static StoreLocation Resolve(string? spec, Func<string, string?> environment)
    {
        if (string.IsNullOrWhiteSpace(spec)) spec = environment(StoreVariable);
        if (string.IsNullOrWhiteSpace(spec)) return SqliteLocation(DefaultPath(environment), environment);
        spec = spec.Trim();
        return IsPostgres(spec) ? PostgresSpec.Parse(spec) : SqliteLocation(spec, environment);
    }

    /// <summary>True for values that name a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgres(string spec) =>
        spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
        || spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static string DefaultPath(Func<string, string?> environment)
    {
        var home = environment(HomeVariable);
        if (string.IsNullOrWhiteSpace(home))
        {
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(data))
                throw new StoreException(StoreFailure.InvalidLocation,
                    $"cannot tell where to keep the runs: no home folder; set {HomeVariable} or {StoreVariable}, or pass --store FILE");
            home = Path.Combine(data, "plenum");
        }
        return Path.Combine(home, DefaultFileName);
    }

    private static StoreLocation SqliteLocation(string path, Func<string, string?> environment)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            var userHome = environment("HOME");
            if (string.IsNullOrEmpty(userHome)) userHome = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            path = Path.Join(userHome, path[1..]);
        }
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new StoreException(StoreFailure.InvalidLocation, $"'{path}' is not a usable file path for the store: {e.Message}", e);
        }
        if (Directory.Exists(full))
            throw new StoreException(StoreFailure.InvalidLocation,
                $"{full} is a folder; give the store a file name, for example {Path.Combine(full, DefaultFileName)}");
        return new StoreLocation(StoreBackend.Sqlite, full) { Target = full };
    }
}
