using System.Net.Sockets;
using Npgsql;

namespace Plenum.Storage.Postgres;

/// <summary>The PostgreSQL errors a user can act on, worded with host, port, user and database, never the password.</summary>
internal static class PostgresErrors
{
    public static StoreException? Translate(Exception exception, NpgsqlConnectionStringBuilder settings, string location)
    {
        var at = PostgresSpec.HostAndPort(settings);
        var user = settings.Username ?? "(default user)";
        var database = settings.Database ?? settings.Username ?? "";
        return exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } e =>
                new StoreException(StoreFailure.Unreachable, $"PostgreSQL at {at} refused the login of user '{user}': {e.MessageText}", e),
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } e =>
                new StoreException(StoreFailure.Unreachable,
                    $"PostgreSQL at {at} has no database '{database}'; create it first (createdb -h {settings.Host} -p {settings.Port} {database})", e),
            PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections } e =>
                new StoreException(StoreFailure.Unreachable, $"cannot reach PostgreSQL at {at}: {e.MessageText}", e),
            PostgresException { SqlState: PostgresErrorCodes.DiskFull } e =>
                new StoreException(StoreFailure.DiskFull, $"PostgreSQL at {at} is out of disk space; nothing was saved ({e.MessageText})", e),
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } e =>
                new StoreException(StoreFailure.ReadOnly, $"user '{user}' may not write the store {location}: {e.MessageText}", e),
            PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } e =>
                new StoreException(StoreFailure.ReadOnly, $"PostgreSQL at {at} accepts no writes (a read-only standby?): {e.MessageText}", e),
            PostgresException { SqlState: PostgresErrorCodes.DuplicateTable } e =>
                new StoreException(StoreFailure.NotAStore,
                    $"{location} is not a Plenum store: it already holds tables Plenum did not create ({e.MessageText}); " +
                    "choose another database, or a schema of its own with Search Path=NAME", e),
            PostgresException => null,
            NpgsqlException e when IsConnectionFailure(e) =>
                new StoreException(StoreFailure.Unreachable, $"cannot reach PostgreSQL at {at}: {Innermost(e).Message}", e),
            _ => null,
        };
    }

    private static bool IsConnectionFailure(NpgsqlException e) =>
        e.IsTransient || Chain(e).Any(x => x is SocketException or TimeoutException or IOException);

    private static Exception Innermost(Exception e) => Chain(e).Last();

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
    }
}
