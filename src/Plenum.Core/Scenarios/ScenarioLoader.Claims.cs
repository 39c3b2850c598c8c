using YamlDotNet.RepresentationModel;

namespace Plenum.Core.Scenarios;

public static partial class ScenarioLoader
{
    private static List<SourceRelation> ReadSourceRelations(YamlReader r, YamlNode node, string sourceId)
    {
        var list = new List<SourceRelation>();
        var seq = r.Sequence(node, $"relations of source '{sourceId}'");
        if (seq is null) return list;
        var expected = string.Join(", ", SourceRelation.Keys.Keys);
        foreach (var item in seq)
        {
            var map = r.Mapping(item, $"a relation of source '{sourceId}' (e.g. quoted_from: OTHER-SOURCE)");
            if (map is null) continue;
            if (map.Children.Count != 1)
            {
                r.Report(map, "bad-relation", $"a relation of source '{sourceId}' must have exactly one key; expected one of: {expected}");
                continue;
            }
            var (keyNode, valueNode) = map.Children.First();
            var key = (keyNode as YamlScalarNode)?.Value ?? "?";
            if (!SourceRelation.Keys.TryGetValue(key, out var kind))
            {
                r.Report(keyNode, "unknown-key", $"unknown relation '{YamlReader.Shorten(key)}' of source '{sourceId}'; expected one of: {expected}");
                continue;
            }
            if (r.Id(valueNode, $"the source that '{sourceId}' is {key.Replace('_', ' ')}") is { } target)
                list.Add(new SourceRelation(kind, target, r.At(valueNode)));
        }
        return list;
    }

    private static List<Claim> ReadClaims(YamlReader r, YamlNode node)
    {
        var list = new List<Claim>();
        var seq = r.Sequence(node, "claims");
        if (seq is null) return list;
        foreach (var item in seq)
        {
            var map = r.Mapping(item, "a claim");
            if (map is null) continue;
            r.AllowOnly(map, "a claim", "id", "statement", "number", "about", "credibility", "evidence", "notes");
            var id = r.Require(map, "id", "a claim") is { } idn ? r.Id(idn, "claim id") : null;
            if (id is not null) r.Declare("claim", id, item);
            var what = $"claim '{id ?? "?"}'";
            var statement = YamlReader.Get(map, "statement") is { } sn ? r.Text(sn, "statement") : null;
            string? number = null;
            if (YamlReader.Get(map, "number") is { } nn)
            {
                number = r.Text(nn, "number");
                if (number is not null && id is not null) r.Mark($"claim:{id}:number", nn);
            }
            if (YamlReader.Get(map, "statement") is null && YamlReader.Get(map, "number") is null)
                r.Report(map, "missing-key", $"{what} has neither 'statement' nor 'number'; say what is claimed");
            var about = new List<string>();
            if (YamlReader.Get(map, "about") is { } an)
                foreach (var (actor, anode) in r.IdList(an, $"about of {what}"))
                {
                    about.Add(actor);
                    if (id is not null) r.Mark($"claim:{id}:about:{actor}", anode);
                }
            int? credibility = null;
            if (YamlReader.Get(map, "credibility") is { } cn && r.Number(cn, $"credibility of {what}") is { } c)
            {
                if (c != Math.Floor(c) || c is < 1 or > 6)
                    r.Report(cn, "out-of-range", $"credibility of {what} is {c}; expected a whole grade from 1 (confirmed by other sources) to 6 (cannot be judged)");
                else credibility = (int)c;
            }
            if (YamlReader.Get(map, "notes") is { } notes) r.Text(notes, "notes");
            var evidence = r.Require(map, "evidence", what) is { } en ? ReadEvidence(r, en, what, ofClaim: true) : [];
            if (id is not null) list.Add(new Claim(id, statement, number, about, credibility, evidence, r.At(item)));
        }
        return list;
    }
}
