using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Plenum.Storage.Backups;

namespace Plenum.Storage.Tests.Backups;

/// <summary>
/// Every column of every row a workspace owns, read with <c>SELECT *</c> and written as text that is the same on
/// SQLite and PostgreSQL (times as UTC microseconds, dates as yyyy-MM-dd, numbers in invariant round-trip form,
/// bytes in hex). It reads the schema itself, so a field that an export or import drops shows as a difference.
/// </summary>
internal sealed record StoreDump(IReadOnlyDictionary<string, IReadOnlyList<string>> Tables)
{
    public static async Task<StoreDump> OfAsync(string spec, string workspace)
    {
        await using DbConnection connection = RunStores.IsPostgres(spec) ? new NpgsqlConnection(spec) : new SqliteConnection($"Data Source={spec};Pooling=False");
        await connection.OpenAsync();
        var id = await ScalarAsync(connection, "SELECT id FROM workspaces WHERE name = @WorkspaceName", workspace);
        var tables = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var table in BackupTables.All)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table.Name} WHERE {BackupTables.OwnedBy(table)} ORDER BY {table.OrderBy}";
            Add(command, "WorkspaceId", id);
            Add(command, "WorkspaceName", workspace);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetDataTypeName(i) == "tsvector") continue; // PostgreSQL computes it from the segment text
                    row.Append(reader.GetName(i)).Append('=').Append(Text(reader.GetValue(i), reader.GetDataTypeName(i))).Append('\u001f');
                }
                rows.Add(row.ToString());
            }
            tables[table.Name] = rows;
        }
        return new StoreDump(tables);
    }

    /// <summary>SHA-256 of the whole dump.</summary>
    public string Hash() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", Tables.Select(t => t.Key + ":" + string.Join("\n", t.Value))))));

    /// <summary>Fails naming the first table and row that differ.</summary>
    public void AssertSameAs(StoreDump expected)
    {
        Assert.Equal(expected.Tables.Keys, Tables.Keys);
        foreach (var (table, rows) in expected.Tables)
        {
            var actual = Tables[table];
            Assert.True(rows.Count == actual.Count, $"{table}: {actual.Count} rows, expected {rows.Count}");
            for (var i = 0; i < rows.Count; i++)
                Assert.True(rows[i] == actual[i], $"{table} row {i}:\n expected {Cut(rows[i])}\n actual   {Cut(actual[i])}");
        }
        Assert.Equal(expected.Hash(), Hash());
    }

    public long Rows(string table) => Tables[table].Count;

    private static string Cut(string row) => row.Length > 400 ? row[..400] + "…" : row;

    private static string Text(object value, string type) => value switch
    {
        DBNull => "null",
        string s when type == "date" || s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", out _) => "date:" + s,
        string s when DateTime.TryParseExact(s, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "time:" + s,
        string s => "text:" + s.Replace("\\", "\\\\").Replace("\u001f", "\\x1f"),
        DateTime d when type == "date" => "date:" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => "time:" + d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        DateOnly d => "date:" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        byte[] b => "bytes:" + Convert.ToHexString(b),
        double d => "real:" + d.ToString("R", CultureInfo.InvariantCulture),
        float f => "real:" + ((double)f).ToString("R", CultureInfo.InvariantCulture),
        long or int or short => "int:" + Convert.ToInt64(value).ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"the dump does not know {value.GetType().Name} ({type})"),
    };

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, string workspace)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "WorkspaceName", workspace);
        return await command.ExecuteScalarAsync();
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
