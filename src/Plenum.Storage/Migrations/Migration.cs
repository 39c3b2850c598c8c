using System.Reflection;

namespace Plenum.Storage.Migrations;

/// <summary>
/// One numbered schema change of a back end, read from the embedded script <c>Migrations/&lt;Backend&gt;/NNNN_name.sql</c>.
/// A store at version <c>v</c> has run every script up to <c>v</c>; the <c>schema_version</c> table records them.
/// </summary>
/// <param name="Version">1, 2, 3… with no gaps.</param>
/// <param name="Name">What the script does, from its file name.</param>
/// <param name="Sql">The script; it runs inside the migration transaction, so it must not manage transactions itself.</param>
internal sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>The scripts of one back end (<c>Sqlite</c> or <c>Postgres</c>) in version order.</summary>
    public static IReadOnlyList<Migration> For(string backend)
    {
        var assembly = typeof(Migration).Assembly;
        var prefix = $"Plenum.Storage.Migrations.{backend}.";
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[prefix.Length..^".sql".Length]))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"{backend} migrations must be numbered 1, 2, 3… without gaps; found {migrations[i].Version} at position {i + 1}");
        return migrations;
    }

    private static Migration Read(Assembly assembly, string resource, string fileName)
    {
        var underscore = fileName.IndexOf('_');
        if (underscore <= 0 || !int.TryParse(fileName[..underscore], out var version))
            throw new InvalidOperationException($"migration script {fileName}.sql must be named NNNN_what_it_does.sql");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(underscore + 1)..].Replace('_', ' '), reader.ReadToEnd());
    }
}
