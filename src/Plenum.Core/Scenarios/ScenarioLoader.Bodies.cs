using YamlDotNet.RepresentationModel;

namespace Plenum.Core.Scenarios;

public static partial class ScenarioLoader
{
    private static List<Body> ReadBodies(YamlReader r, YamlNode node)
    {
        var list = new List<Body>();
        var seq = r.Sequence(node, "bodies");
        if (seq is null) return list;
        if (seq.Children.Count > ScenarioLimits.MaxBodies)
        {
            r.Report(seq, "over-limit", $"{seq.Children.Count} bodies; the limit is {ScenarioLimits.MaxBodies}");
            return list;
        }
        foreach (var item in seq)
        {
            var map = r.Mapping(item, "a body");
            if (map is null) continue;
            r.AllowOnly(map, "a body", "id", "name", "members", "candidates", "rule", "convener", "overrules", "evidence", "notes");
            var id = r.Require(map, "id", "a body") is { } idn ? r.Id(idn, "body id") : null;
            if (id is not null) r.Declare("body", id, item);
            var what = id is null ? "a body" : $"body '{id}'";
            var name = YamlReader.Get(map, "name") is { } nn ? r.Text(nn, $"name of {what}") : null;
            var members = YamlReader.Get(map, "members") is { } mn ? r.IdList(mn, $"members of {what}") : [];
            var candidates = YamlReader.Get(map, "candidates") is { } cn ? r.IdList(cn, $"candidates of {what}") : [];
            var rule = YamlReader.Get(map, "rule") is { } rn ? ReadRule(r, rn, what) : DecisionRule.Majority;
            var convener = YamlReader.Get(map, "convener") is { } cv ? r.Id(cv, $"convener of {what}") : null;
            var overrules = YamlReader.Get(map, "overrules") is { } on ? r.IdList(on, $"overrules of {what}") : [];
            var evidence = YamlReader.Get(map, "evidence") is { } en ? ReadEvidence(r, en, what) : [];
            var notes = YamlReader.Get(map, "notes") is { } ntn ? r.Text(ntn, $"notes of {what}") : null;
            foreach (var (m, mnode) in members.Where(m => candidates.Any(c => c.Id == m.Id)))
                r.Report(mnode, "member-and-candidate", $"'{m}' is both a member and a candidate of {what}; candidates have no vote, list them once");
            if (id is null || rule is null) continue;
            list.Add(new Body(id, name ?? id, members.Select(m => m.Id).ToList(), candidates.Select(c => c.Id).ToList(), rule, convener,
                overrules.Select(o => o.Id).ToList(), evidence, notes, r.At(item)));
            foreach (var (m, mnode) in members) r.Mark($"body:{id}:member:{m}", mnode);
            foreach (var (c, cnode) in candidates) r.Mark($"body:{id}:candidate:{c}", cnode);
            foreach (var (o, onode) in overrules) r.Mark($"body:{id}:overrules:{o}", onode);
            if (YamlReader.Get(map, "convener") is { } convenerNode) r.Mark($"body:{id}:convener", convenerNode);
            if (rule?.Weights is not null && YamlReader.Get(map, "rule") is YamlMappingNode rm && YamlReader.Get(rm, "weights") is YamlMappingNode wmap)
                foreach (var (k, _) in wmap.Children) r.Mark($"body:{id}:weight:{(k as YamlScalarNode)?.Value}", k);
        }
        return list;
    }

    private static DecisionRule? ReadRule(YamlReader r, YamlNode node, string what)
    {
        if (node is YamlScalarNode)
        {
            var text = r.Text(node, $"rule of {what}");
            switch (text)
            {
                case null: return null;
                case "majority": return DecisionRule.Majority;
                case "two-thirds": return new DecisionRule(DecisionRuleKind.TwoThirds, null, null);
                case "unanimity": return new DecisionRule(DecisionRuleKind.Unanimity, null, null);
                default:
                    r.Report(node, "bad-value", $"rule of {what} is '{YamlReader.Shorten(text)}'; expected majority, two-thirds, unanimity or {{ quota: N, weights: {{ member: weight, … }} }}");
                    return null;
            }
        }
        var map = r.Mapping(node, $"rule of {what}");
        if (map is null) return null;
        r.AllowOnly(map, $"rule of {what}", "quota", "weights");
        var quota = r.Require(map, "quota", $"rule of {what}") is { } qn ? r.Number(qn, $"quota of {what}") : null;
        var weightsNode = r.Require(map, "weights", $"rule of {what}");
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (weightsNode is not null && r.Mapping(weightsNode, $"weights of {what}") is { } wm)
        {
            foreach (var (k, v) in wm.Children)
            {
                var member = r.Id(k, $"a member under weights of {what}");
                var w = r.Number(v, $"weight of '{member}' in {what}");
                if (member is null || w is null) continue;
                if (w < 0) r.Report(v, "out-of-range", $"weight of '{member}' in {what} is {Fmt(w.Value)}; weights must be 0 or more");
                else weights[member] = w.Value;
            }
        }
        if (quota is null || weightsNode is null) return null;
        if (quota <= 0)
        {
            r.Report(YamlReader.Get(map, "quota")!, "out-of-range", $"quota of {what} is {Fmt(quota.Value)}; it must be above 0");
            return null;
        }
        var total = weights.Values.Sum();
        if (quota > total)
        {
            r.Report(YamlReader.Get(map, "quota")!, "quota-too-high", $"quota of {what} is {Fmt(quota.Value)} but the weights add up to {Fmt(total)}; no coalition could ever win");
            return null;
        }
        return new DecisionRule(DecisionRuleKind.WeightedQuota, quota, weights);
    }

    private static List<Motion> ReadMotions(YamlReader r, YamlNode node)
    {
        var list = new List<Motion>();
        var seq = r.Sequence(node, "motions");
        if (seq is null) return list;
        if (seq.Children.Count > ScenarioLimits.MaxMotions)
        {
            r.Report(seq, "over-limit", $"{seq.Children.Count} motions; the limit is {ScenarioLimits.MaxMotions}");
            return list;
        }
        foreach (var item in seq)
        {
            var map = r.Mapping(item, "a motion");
            if (map is null) continue;
            r.AllowOnly(map, "a motion", "id", "kind", "targets", "from", "decided_by", "issue", "proposal", "proposed_by", "notes");
            var id = r.Require(map, "id", "a motion") is { } idn ? r.Id(idn, "motion id") : null;
            if (id is not null) r.Declare("motion", id, item);
            var what = id is null ? "a motion" : $"motion '{id}'";
            MotionKind? kind = null;
            if (r.Require(map, "kind", what) is { } kn && r.Text(kn, $"kind of {what}") is { } kt)
            {
                kind = kt switch { "removal" => MotionKind.Removal, "appointment" => MotionKind.Appointment, "policy" => MotionKind.Policy, _ => null };
                if (kind is null) r.Report(kn, "bad-value", $"kind of {what} is '{YamlReader.Shorten(kt)}'; expected removal, appointment or policy");
            }
            var targets = YamlReader.Get(map, "targets") is { } tn ? r.IdList(tn, $"targets of {what}") : [];
            var from = YamlReader.Get(map, "from") is { } fn ? r.Id(fn, $"'from' of {what}") : null;
            var decidedBy = r.Require(map, "decided_by", what) is { } dn ? r.Id(dn, $"decided_by of {what}") : null;
            var issue = YamlReader.Get(map, "issue") is { } inode ? r.Id(inode, $"issue of {what}") : null;
            var proposal = YamlReader.Get(map, "proposal") is { } pn ? r.Number(pn, $"proposal of {what}") : null;
            var proposedBy = YamlReader.Get(map, "proposed_by") is { } pb ? r.Id(pb, $"proposed_by of {what}") : null;
            var notes = YamlReader.Get(map, "notes") is { } ntn ? r.Text(ntn, $"notes of {what}") : null;
            if (kind is MotionKind.Removal or MotionKind.Appointment)
            {
                if (targets.Count == 0) r.Report(map, "missing-key", $"{what} is a {kind.ToString()!.ToLowerInvariant()} but names no targets; add targets: [actor, …]");
                if (from is null && YamlReader.Get(map, "from") is null) r.Report(map, "missing-key", $"{what} has no 'from'; name the body the targets leave or join");
            }
            if (kind is MotionKind.Policy)
            {
                if (YamlReader.Get(map, "issue") is null) r.Report(map, "missing-key", $"{what} is a policy motion but names no issue");
                if (YamlReader.Get(map, "proposal") is null) r.Report(map, "missing-key", $"{what} is a policy motion but has no proposal (the position it proposes)");
            }
            if (id is null || kind is null || decidedBy is null) continue;
            foreach (var (t, tnode) in targets) r.Mark($"motion:{id}:target:{t}", tnode);
            foreach (var key in new[] { "from", "decided_by", "issue", "proposal", "proposed_by" })
                if (YamlReader.Get(map, key) is { } keyNode) r.Mark($"motion:{id}:{key}", keyNode);
            list.Add(new Motion(id, kind.Value, issue, proposal, targets.Select(t => t.Id).ToList(), from, decidedBy, proposedBy, notes, r.At(item)));
        }
        return list;
    }
}
