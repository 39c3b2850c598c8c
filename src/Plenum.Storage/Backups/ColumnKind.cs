namespace Plenum.Storage.Backups;

/// <summary>What a column holds, as far as moving its values between SQLite and PostgreSQL is concerned.</summary>
internal enum ColumnKind
{
    Integer,
    Real,
    Text,
    Bytes,

    /// <summary>PostgreSQL <c>timestamptz</c>; SQLite keeps times as text in the same canonical form.</summary>
    Time,

    /// <summary>PostgreSQL <c>date</c>; SQLite keeps dates as <c>yyyy-MM-dd</c> text.</summary>
    Date,
}

/// <summary>A column of a store table, read from the schema.</summary>
internal sealed record TableColumn(string Name, ColumnKind Kind);
