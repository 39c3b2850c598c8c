using YamlDotNet.RepresentationModel;

namespace Plenum.Core.Scenarios;

public static partial class ScenarioLoader
{
    private static List<Actor> ReadActors(YamlReader r, YamlNode node, IReadOnlyDictionary<string, Issue> issues)
    {
        var list = new List<Actor>();
        var seq = r.Sequence(node, "actors");
        if (seq is null) return list;
        if (seq.Children.Count == 0) r.Report(seq, "empty-list", "actors is empty; a scenario needs at least one actor");
        if (seq.Children.Count > ScenarioLimits.MaxActors)
        {
            r.Report(seq, "over-limit", $"{seq.Children.Count} actors; the limit is {ScenarioLimits.MaxActors:N0}");
            return list;
        }
        foreach (var item in seq)
        {
            var actor = ReadActor(r, item, issues);
            if (actor is not null) list.Add(actor);
        }
        return list;
    }

    private static Actor? ReadActor(YamlReader r, YamlNode item, IReadOnlyDictionary<string, Issue> issues)
    {
        var map = r.Mapping(item, "an actor");
        if (map is null) return null;
        r.AllowOnly(map, "an actor", "id", "name", "aliases", "capability", "position", "salience", "evidence", "notes");
        var id = r.Require(map, "id", "an actor") is { } idn ? r.Id(idn, "actor id") : null;
        if (id is not null) r.Declare("actor", id, item);
        var what = id is null ? "an actor" : $"actor '{id}'";
        var name = YamlReader.Get(map, "name") is { } nn ? r.Text(nn, $"name of {what}") : null;
        var aliases = new List<string>();
        if (YamlReader.Get(map, "aliases") is { } an && r.Sequence(an, $"aliases of {what}") is { } aseq)
            foreach (var a in aseq)
                if (r.Text(a, $"an alias of {what}") is { } alias) aliases.Add(alias);

        var capNode = r.Require(map, "capability", what);
        var capability = capNode is null ? null
            : ReadNumber(r, capNode, $"capability of {what}", 0, double.MaxValue, "capability must be above 0", minExclusive: true);

        var position = ReadPerIssue(r, map, "position", what, issues, i => (i.Low, i.High, $"positions on '{i.Id}' run from {Fmt(i.Low)} to {Fmt(i.High)}"));
        var salience = ReadPerIssue(r, map, "salience", what, issues, _ => (0, 100, "salience runs from 0 to 100"));
        if (position is not null && salience is not null)
        {
            foreach (var key in salience.Keys.Where(k => !position.ContainsKey(k)))
                r.Report(YamlReader.Get(map, "salience")!, "salience-without-position",
                    $"{what} has a salience on '{key}' but no position on it; give a position or remove the salience");
        }
        var evidence = YamlReader.Get(map, "evidence") is { } en ? ReadEvidence(r, en, what) : [];
        var notes = YamlReader.Get(map, "notes") is { } notesNode ? r.Text(notesNode, $"notes of {what}") : null;
        if (id is null || capability is null || position is null || salience is null) return null;
        return new Actor(id, name ?? id, aliases, capability, position, salience, evidence, notes, r.At(item));
    }

    private static Dictionary<string, UncertainValue>? ReadPerIssue(YamlReader r, YamlMappingNode actor, string key, string what,
        IReadOnlyDictionary<string, Issue> issues, Func<Issue, (double Min, double Max, string Hint)> range)
    {
        var result = new Dictionary<string, UncertainValue>(StringComparer.Ordinal);
        var node = YamlReader.Get(actor, key);
        if (node is null) return result;
        var map = r.Mapping(node, $"{key} of {what}");
        if (map is null) return null;
        var ok = true;
        foreach (var (k, v) in map.Children)
        {
            var issueId = r.Text(k, $"an issue id under {key} of {what}");
            if (issueId is null) { ok = false; continue; }
            if (!issues.TryGetValue(issueId, out var issue))
            {
                ok = false;
                if (r.DeclaredIds("issue").Contains(issueId)) continue; // the issue itself has a problem, reported there

                r.Report(k, "unknown-issue", $"{key} of {what} names issue '{YamlReader.Shorten(issueId)}', which is not declared under issues{Suggest(issueId, issues.Keys)}");
                continue;
            }
            var (min, max, hint) = range(issue);
            var value = ReadNumber(r, v, $"{key} of {what} on '{issueId}'", min, max, hint);
            if (value is null) ok = false;
            else result[issueId] = value;
        }
        return ok ? result : null;
    }

    private static List<EvidenceLink> ReadEvidence(YamlReader r, YamlNode node, string what, bool ofClaim = false)
    {
        var list = new List<EvidenceLink>();
        var seq = r.Sequence(node, $"evidence of {what}");
        if (seq is null) return list;
        foreach (var item in seq)
        {
            var map = r.Mapping(item, $"an evidence entry of {what}");
            if (map is null) continue;
            if (ofClaim) r.AllowOnly(map, $"an evidence entry of {what}", "source", "quote", "stance", "note", "passage");
            else r.AllowOnly(map, $"an evidence entry of {what}", "source", "quote", "supports", "stance", "note", "passage");
            var source = r.Require(map, "source", $"an evidence entry of {what}") is { } sn ? r.Id(sn, "evidence source") : null;
            var quote = YamlReader.Get(map, "quote") is { } qn ? r.Text(qn, "quote") : null;
            var supports = ofClaim ? "claim"
                : r.Require(map, "supports", $"an evidence entry of {what}") is { } sp ? r.Text(sp, "supports") : null;
            var stance = YamlReader.Get(map, "stance") is { } stn ? ReadStance(r, stn) : EvidenceStance.Supports;
            var note = YamlReader.Get(map, "note") is { } nn ? r.Text(nn, "evidence note") : null;
            var passage = YamlReader.Get(map, "passage") is { } pn ? ReadPassage(r, pn, what) : null;
            if (quote is null && note is null && passage is null && YamlReader.Get(map, "quote") is null && YamlReader.Get(map, "passage") is null)
                r.Report(map, "missing-key", $"an evidence entry of {what} has neither 'quote' nor 'note'; give the passage or say what it rests on");
            if (source is not null && supports is not null)
                list.Add(new EvidenceLink(source, quote, supports, note, r.At(item)) { Stance = stance, Passage = passage });
        }
        return list;
    }

    private static EvidenceStance ReadStance(YamlReader r, YamlNode node)
    {
        switch (r.Text(node, "stance"))
        {
            case "supports": return EvidenceStance.Supports;
            case "contradicts": return EvidenceStance.Contradicts;
            case "context": return EvidenceStance.Context;
            case { } other:
                r.Report(node, "bad-value", $"stance '{YamlReader.Shorten(other)}' is not known; expected supports, contradicts or context");
                return EvidenceStance.Supports;
            default: return EvidenceStance.Supports;
        }
    }

    private static PassageReference? ReadPassage(YamlReader r, YamlNode node, string what)
    {
        var text = r.Text(node, "passage");
        if (text is null) return null;
        var reference = PassageReference.TryParse(text);
        if (reference is null)
            r.Report(node, "bad-passage", $"the passage '{YamlReader.Shorten(text)}' cited by {what} is not a passage reference; expected doc-<16 hex digits>:FROM-TO, as 'plenum evidence search' prints");
        return reference;
    }

    /// <summary>A "did you mean" hint for a misspelt id.</summary>
    internal static string Suggest(string wrong, IEnumerable<string> known)
    {
        var candidates = known.Take(2000).ToList();
        if (wrong.Length > 64) return "";
        var best = candidates.Select(k => (k, d: Distance(wrong, k))).Where(x => x.d <= (wrong.Length >= 4 ? Math.Max(2, wrong.Length / 3) : 1) && x.d < wrong.Length).OrderBy(x => x.d).FirstOrDefault();
        return best.k is null ? "" : $"; did you mean '{best.k}'?";
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
