using System.Globalization;
using System.Text.RegularExpressions;
using Plenum.Core.Scenarios;

namespace Plenum.Web.Evidence;

/// <summary>
/// Writes a claim made in the browser into a scenario's YAML text: one item appended to its <c>claims:</c>
/// section (created at the end when missing), and the document's source appended to <c>sources:</c> when the
/// scenario does not declare it yet. Everything else of the text — comments, order, layout — stays as it was.
/// </summary>
/// <remarks>
/// Only block sequences are extended (<c>claims:</c> followed by <c>- …</c> items, or <c>claims: []</c>); a
/// section written in flow style is refused with a message. The caller validates the new text with the loader
/// and saves nothing when it has problems.
/// </remarks>
public static partial class ScenarioClaimText
{
    /// <summary>The new text and the id given to the claim, or an error to show the analyst.</summary>
    public static (string? Yaml, string? ClaimId, string? Error) Add(string yaml, Scenario scenario, NewClaim claim)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Stance is not ("supports" or "contradicts" or "context"))
            return (null, null, $"stance '{claim.Stance}' is not known; expected supports, contradicts or context");
        if (claim.Number is { } number && !ClaimNumbers.Exists(scenario, number))
            return (null, null, $"'{number}' is not a number of scenario {scenario.Id}; expected ACTOR.capability, ACTOR.position.ISSUE, ACTOR.salience.ISSUE or ISSUE.status_quo");
        if (string.IsNullOrWhiteSpace(claim.Statement) && claim.Number is null)
            return (null, null, "say what is claimed: a statement, a number, or both");
        var id = UniqueId(scenario, claim);
        if (id is null) return (null, null, $"'{claim.Id}' is not a usable claim id; use letters, digits, '-' and '_'");
        var lines = yaml.Replace("\r\n", "\n").Split('\n').ToList();
        if (scenario.Sources.All(s => s.Id != claim.Source.Id) && AppendItem(lines, "sources", SourceItem(claim.Source)) is { } sourceError)
            return (null, null, sourceError);
        if (AppendItem(lines, "claims", ClaimItem(id, claim)) is { } claimError) return (null, null, claimError);
        return (string.Join('\n', lines), id, null);
    }

    private static string? UniqueId(Scenario scenario, NewClaim claim)
    {
        string baseId;
        if (!string.IsNullOrWhiteSpace(claim.Id))
        {
            if (!IdPattern().IsMatch(claim.Id.Trim())) return null;
            baseId = claim.Id.Trim();
        }
        else
        {
            var words = Regex.Split((claim.Statement ?? claim.Number ?? "").ToLowerInvariant(), "[^\\p{L}\\p{Nd}]+").Where(w => w.Length > 0).Take(6);
            baseId = string.Join('-', words);
            if (!IdPattern().IsMatch(baseId)) baseId = $"claim-{claim.Passage.Start.ToString(CultureInfo.InvariantCulture)}";
        }
        var id = baseId;
        for (var n = 2; scenario.Claims.Any(c => c.Id == id); n++) id = $"{baseId}-{n.ToString(CultureInfo.InvariantCulture)}";
        return id;
    }

    private static List<string> ClaimItem(string id, NewClaim claim)
    {
        var item = new List<string> { $"- id: {id}" };
        if (!string.IsNullOrWhiteSpace(claim.Statement)) item.Add($"  statement: {ScenarioYamlWriter.Quote(claim.Statement.Trim())}");
        if (claim.Number is not null) item.Add($"  number: {claim.Number}");
        item.Add("  evidence:");
        item.Add($"    - source: {claim.Source.Id}");
        item.Add($"      quote: {ScenarioYamlWriter.Quote(Collapse(claim.Quote))}");
        item.Add($"      passage: {claim.Passage}");
        if (claim.Stance != "supports") item.Add($"      stance: {claim.Stance}");
        return item;
    }

    private static List<string> SourceItem(Source source)
    {
        var item = new List<string> { $"- id: {source.Id}", $"  title: {ScenarioYamlWriter.Quote(source.Title)}" };
        if (source.Author is not null) item.Add($"  author: {ScenarioYamlWriter.Quote(source.Author)}");
        if (source.Publisher is not null) item.Add($"  publisher: {ScenarioYamlWriter.Quote(source.Publisher)}");
        if (source.Date is not null) item.Add($"  date: {source.Date}");
        return item;
    }

    /// <summary>Appends an item to the top-level block sequence <paramref name="key"/>, creating it at the end when missing.</summary>
    private static string? AppendItem(List<string> lines, string key, List<string> item)
    {
        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at < 0)
        {
            while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
            lines.Add("");
            lines.Add(key + ":");
            lines.AddRange(item.Select(l => "  " + l));
            lines.Add("");
            return null;
        }
        var rest = StripComment(lines[at][(key.Length + 1)..]).Trim();
        if (rest == "[]") lines[at] = key + ":";
        else if (rest.Length > 0) return $"the scenario writes '{key}' in flow style ({key}: [ … ]); write it as a list of '- ' items to add to it from here";
        int last = at, indent = -1;
        for (var i = at + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (!line.StartsWith(' ') && !line.StartsWith('-')) break;
            if (indent < 0) indent = line.Length - trimmed.Length;
            last = i;
        }
        var pad = new string(' ', indent < 0 ? 2 : indent);
        lines.InsertRange(last + 1, item.Select(l => pad + l));
        return null;
    }

    private static string StripComment(string text)
    {
        var hash = text.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? text : text[..hash];
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")]
    private static partial Regex IdPattern();
}
