using System.Text;
using System.Text.RegularExpressions;
using Plenum.Evidence;
using Plenum.Storage.Evidence;

namespace Plenum.Cli.Tests.Reliability;

/// <summary>
/// What a kill must not do to the evidence store: lose a document the CLI reported added, or leave one half-written
/// (a document row whose text is missing or whose stored original does not hash to its content hash).
/// </summary>
internal static partial class EvidenceChecks
{
    /// <summary>The problems found: reported documents that are gone, and stored documents that are not whole.</summary>
    public static async Task<List<string>> CheckAsync(string spec, IReadOnlyCollection<string> reported)
    {
        var problems = new List<string>();
        await using var store = EvidenceStores.Open(spec);
        var listed = await store.ListAsync(new DocumentQuery { Limit = 10_000 });
        var ids = listed.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(reported.Where(id => !ids.Contains(id)).Select(id => $"document {id} was reported added but is gone"));
        foreach (var summary in listed)
        {
            var document = await store.GetAsync(summary.Id);
            var original = await store.GetOriginalAsync(summary.Id);
            if (document is null || string.IsNullOrEmpty(document.Text)) problems.Add($"document {summary.Id}: half-written: no text");
            else if (original is null || ContentHash.Of(original) != summary.ContentHash) problems.Add($"document {summary.Id}: half-written: its original does not match its hash");
        }
        return problems;
    }

    /// <summary>The ids of the documents in the store.</summary>
    public static async Task<HashSet<string>> IdsAsync(string spec)
    {
        await using var store = EvidenceStores.Open(spec);
        return (await store.ListAsync(new DocumentQuery { Limit = 10_000 })).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes a new text document (about 60 KB, unique, with quotations naming the fixture's actors) into <paramref name="folder"/>.</summary>
    public static string WriteDocument(string folder, int number, Random random)
    {
        var text = new StringBuilder($"Crash-safety document {number}, {Guid.NewGuid():N}.\n\n");
        for (var i = 0; i < 400; i++)
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"In session {random.Next(1000)}, A said: \"the line must hold at {random.Next(100)}\", and B answered: \"not while I sit here.\"\n\n");
        var file = Path.Combine(folder, $"evidence-{number}.txt");
        File.WriteAllText(file, text.ToString());
        return file;
    }

    /// <summary>The id printed by <c>plenum evidence add</c> for a document it added.</summary>
    public static string? AddedId(string stdout) => AddedLine().Match(stdout) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^(doc-[0-9a-f]+)  added  ", RegexOptions.Multiline)]
    private static partial Regex AddedLine();
}
