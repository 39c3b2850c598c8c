namespace Plenum.Storage;

/// <summary>A resolved <c>--store</c> value: which back end, how to connect, and how to name it in messages.</summary>
/// <param name="Backend">SQLite file or PostgreSQL database.</param>
/// <param name="Display">The location for messages: the full file path, or <c>postgresql://user@host:port/database</c>; never a password.</param>
public sealed record StoreLocation(StoreBackend Backend, string Display)
{
    /// <summary>The file path (SQLite) or the Npgsql connection string, password included; never shown to users.</summary>
    internal string Target { get; init; } = "";

    /// <inheritdoc/>
    public override string ToString() => Display;
}
