using Npgsql;

namespace Plenum.Storage.Postgres;

/// <summary>
/// Reads a PostgreSQL store value, either an Npgsql connection string (<c>Host=…;Database=…</c>) or a URI
/// (<c>postgresql://user:password@host:port/database?sslmode=require</c>), and names it without its password.
/// </summary>
internal static class PostgresSpec
{
    /// <summary>libpq URI parameters and the Npgsql keywords they become; other parameters must be Npgsql keywords.</summary>
    private static readonly Dictionary<string, string> UriParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["search_path"] = "Search Path",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
    };

    public static StoreLocation Parse(string spec)
    {
        var builder = spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) ? FromKeywords(spec) : FromUri(spec);
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw Invalid("it names no host");
        return new StoreLocation(StoreBackend.Postgres, Describe(builder)) { Target = builder.ConnectionString };
    }

    /// <summary><c>postgresql://user@host:port/database</c>: enough to find the store, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
        var database = builder.Database ?? builder.Username ?? "";
        var searchPath = string.IsNullOrEmpty(builder.SearchPath) ? "" : $" (schema {builder.SearchPath})";
        return $"postgresql://{user}{HostAndPort(builder)}/{database}{searchPath}";
    }

    /// <summary><c>host:port</c> as error messages show it.</summary>
    public static string HostAndPort(NpgsqlConnectionStringBuilder builder) => $"{builder.Host}:{builder.Port}";

    private static NpgsqlConnectionStringBuilder FromKeywords(string spec)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(spec);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw Invalid(e.Message);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string spec)
    {
        if (!Uri.TryCreate(spec, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw Invalid("expected postgresql://user:password@host:port/database");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.DnsSafeHost, Port = uri.Port > 0 ? uri.Port : 5432 };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            try
            {
                builder[UriParameters.GetValueOrDefault(key, key)] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                throw Invalid($"parameter '{key}': {e.Message}");
            }
        }
        return builder;
    }

    private static StoreException Invalid(string why) =>
        new(StoreFailure.InvalidLocation, $"the store value is not a usable PostgreSQL connection string ({why})");
}
