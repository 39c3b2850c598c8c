namespace Plenum.Core.Scenarios;

/// <summary>Cross-reference checks that need the whole scenario: dangling ids, conveners, overrule cycles, motions.</summary>
internal static class ScenarioChecks
{
    private static readonly string[] SupportKinds = ["capability", "member", "candidate", "convener", "rule", "statement", "status_quo"];

    public static void Run(YamlReader r, Scenario s)
    {
        // Declared ids, not only the entries that read cleanly: one bad actor must not make every reference to it an error too.
        var actorIds = r.DeclaredIds("actor");
        var bodyIds = r.DeclaredIds("body");
        var issueIds = r.DeclaredIds("issue");
        var sourceIds = r.DeclaredIds("source");

        foreach (var a in s.Actors) CheckEvidence(r, a.Evidence, $"actor '{a.Id}'", sourceIds, issueIds);
        foreach (var b in s.Bodies)
        {
            CheckEvidence(r, b.Evidence, $"body '{b.Id}'", sourceIds, issueIds);
            CheckBody(r, s, b, actorIds, bodyIds);
        }
        CheckOverruleCycles(r, s);
        CheckJointSessionCycles(r, s);
        foreach (var m in s.Motions) CheckMotion(r, s, m, actorIds, bodyIds);
        if (s.Outcome is { } outcome) CheckOutcome(r, s, outcome, actorIds, bodyIds, sourceIds, issueIds);
        foreach (var source in s.Sources) CheckRelations(r, source, sourceIds);
        foreach (var claim in s.Claims) CheckClaim(r, s, claim, actorIds, sourceIds);
    }

    private static void CheckRelations(YamlReader r, Source source, HashSet<string> sourceIds)
    {
        foreach (var link in source.Relations)
        {
            if (link.TargetId == source.Id)
                r.Report(link.Where, "self-relation", $"source '{source.Id}' names itself as {SourceRelation.KeyOf(link.Kind).Replace('_', ' ')}");
            else if (!sourceIds.Contains(link.TargetId))
                r.Report(link.Where, "unknown-source", $"source '{source.Id}' is {SourceRelation.KeyOf(link.Kind).Replace('_', ' ')} '{link.TargetId}', which is not declared under sources{ScenarioLoader.Suggest(link.TargetId, sourceIds)}");
        }
    }

    private static void CheckClaim(YamlReader r, Scenario s, Claim claim, HashSet<string> actorIds, HashSet<string> sourceIds)
    {
        foreach (var link in claim.Evidence.Where(l => !sourceIds.Contains(l.SourceId)))
            r.Report(link.Where, "unknown-source", $"evidence of claim '{claim.Id}' cites source '{link.SourceId}', which is not declared under sources{ScenarioLoader.Suggest(link.SourceId, sourceIds)}");
        foreach (var actor in claim.About.Where(a => !actorIds.Contains(a)))
            r.Report(r.MarkOf($"claim:{claim.Id}:about:{actor}", claim.Where), "unknown-actor", $"claim '{claim.Id}' is about '{actor}', who is not an actor{ScenarioLoader.Suggest(actor, actorIds)}");
        if (claim.Number is { } number && !ClaimNumbers.Exists(s, number))
            r.Report(r.MarkOf($"claim:{claim.Id}:number", claim.Where), "unknown-number",
                $"claim '{claim.Id}' is about number '{YamlReader.Shorten(number)}', which the scenario does not have; expected ACTOR.capability, ACTOR.position.ISSUE, ACTOR.salience.ISSUE or ISSUE.status_quo"
                + ScenarioLoader.Suggest(number, ClaimNumbers.All(s)));
    }

    private static void CheckOutcome(YamlReader r, Scenario s, ScenarioOutcome o, HashSet<string> actorIds, HashSet<string> bodyIds,
        HashSet<string> sourceIds, HashSet<string> issueIds)
    {
        CheckEvidence(r, o.Evidence, "the outcome", sourceIds, issueIds);
        foreach (var id in o.Removed.Concat(o.Prevailed).Where(id => !actorIds.Contains(id)).Distinct())
            r.Report(r.MarkOf($"outcome:actor:{id}", o.Where), "unknown-actor", $"the outcome names '{id}', who is not an actor{ScenarioLoader.Suggest(id, actorIds)}");
        var motionIds = r.DeclaredIds("motion");
        for (var i = 0; i < o.Motions.Count; i++)
        {
            var m = o.Motions[i];
            if (!motionIds.Contains(m.Motion))
                r.Report(r.MarkOf($"outcome:motion:{i}:motion", m.Where), "unknown-motion", $"the outcome names motion '{m.Motion}', which is not declared under motions{ScenarioLoader.Suggest(m.Motion, motionIds)}");
            if (m.Body is { } body && !bodyIds.Contains(body))
                r.Report(r.MarkOf($"outcome:motion:{i}:body", m.Where), "unknown-body", $"the outcome of motion '{m.Motion}' names body '{body}', which is not a body{ScenarioLoader.Suggest(body, bodyIds)}");
            if (m.Votes is null) continue;
            var voters = m.Body is not null && s.FindBody(m.Body) is { } b ? VotingMembers(s, b) : null;
            foreach (var voter in m.Votes.ByName.Keys)
            {
                var where = r.MarkOf($"outcome:voter:{m.Motion}:{voter}", m.Where);
                if (!actorIds.Contains(voter))
                    r.Report(where, "unknown-actor", $"the vote on '{m.Motion}' names '{voter}', who is not an actor{ScenarioLoader.Suggest(voter, actorIds)}");
                else if (voters is not null && !voters.Contains(voter))
                    r.Report(where, "not-a-member", $"the vote on '{m.Motion}' names '{voter}', who has no vote in '{m.Body}'");
            }
        }
    }

    private static void CheckEvidence(YamlReader r, IReadOnlyList<EvidenceLink> links, string what, HashSet<string> sources, HashSet<string> issues)
    {
        foreach (var link in links)
        {
            if (!sources.Contains(link.SourceId))
                r.Report(link.Where, "unknown-source", $"evidence of {what} cites source '{link.SourceId}', which is not declared under sources{ScenarioLoader.Suggest(link.SourceId, sources)}");
            var parts = link.Supports.Split('.', 2);
            var valid = parts.Length == 1 ? SupportKinds.Contains(parts[0])
                : parts[0] is "position" or "salience" && issues.Contains(parts[1]);
            if (!valid)
                r.Report(link.Where, "bad-supports", $"evidence of {what} supports '{YamlReader.Shorten(link.Supports)}'; expected capability, position.ISSUE, salience.ISSUE, member, candidate, convener, rule, status_quo or statement");
        }
    }

    private static void CheckBody(YamlReader r, Scenario s, Body b, HashSet<string> actorIds, HashSet<string> bodyIds)
    {
        foreach (var m in b.Members)
        {
            if (actorIds.Contains(m) || (bodyIds.Contains(m) && m != b.Id)) continue;
            r.Report(r.MarkOf($"body:{b.Id}:member:{m}", b.Where), "unknown-member",
                m == b.Id ? $"body '{b.Id}' lists itself among its members"
                    : $"member '{m}' of body '{b.Id}' is neither an actor nor a body{ScenarioLoader.Suggest(m, actorIds.Concat(bodyIds))}");
        }
        foreach (var c in b.Candidates.Where(c => !actorIds.Contains(c)))
            r.Report(r.MarkOf($"body:{b.Id}:candidate:{c}", b.Where), "unknown-actor", $"candidate '{c}' of body '{b.Id}' is not an actor{ScenarioLoader.Suggest(c, actorIds)}");
        foreach (var o in b.Overrules.Where(o => !bodyIds.Contains(o)))
            r.Report(r.MarkOf($"body:{b.Id}:overrules:{o}", b.Where), "unknown-body", $"body '{b.Id}' overrules '{o}', which is not a body{ScenarioLoader.Suggest(o, bodyIds)}");

        var voters = VotingMembers(s, b);
        if (b.Convener is { } convener)
        {
            var where = r.MarkOf($"body:{b.Id}:convener", b.Where);
            if (!actorIds.Contains(convener))
                r.Report(where, "unknown-actor", $"convener '{convener}' of body '{b.Id}' is not an actor{ScenarioLoader.Suggest(convener, actorIds)}");
            else if (!voters.Contains(convener) && !b.Candidates.Contains(convener))
                r.Report(where, "convener-not-member", $"convener '{convener}' of body '{b.Id}' is not one of its members; a body is convened by one of its own");
        }
        if (b.Rule.Weights is { } weights)
        {
            foreach (var key in weights.Keys.Where(k => !voters.Contains(k)))
                r.Report(r.MarkOf($"body:{b.Id}:weight:{key}", b.Where), "weight-not-member", $"body '{b.Id}' gives a weight to '{key}', who is not a voting member");
            foreach (var member in voters.Where(v => !weights.ContainsKey(v)))
                r.Report(b.Where, "missing-weight", $"body '{b.Id}' has a weighted quota rule but no weight for member '{member}'");
        }
    }

    /// <summary>The actors with a vote in the body: its actor members and, for joint sessions, the members of member bodies.</summary>
    internal static HashSet<string> VotingMembers(Scenario s, Body b)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(Body body)
        {
            if (!seen.Add(body.Id)) return;
            foreach (var m in body.Members)
            {
                if (s.FindBody(m) is { } inner && m != body.Id) Visit(inner);
                else result.Add(m);
            }
        }
        Visit(b);
        return result;
    }

    private static void CheckOverruleCycles(YamlReader r, Scenario s) =>
        ReportCycles(r, s, b => b.Overrules, "overrule", "a body cannot, directly or through others, overrule itself");

    private static void CheckJointSessionCycles(YamlReader r, Scenario s) =>
        ReportCycles(r, s, b => b.Members.Where(m => s.FindBody(m) is not null && m != b.Id), "membership", "bodies cannot contain each other");

    private static void ReportCycles(YamlReader r, Scenario s, Func<Body, IEnumerable<string>> edges, string kind, string hint)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Visit(Body b)
        {
            state[b.Id] = 1;
            stack.Add(b.Id);
            foreach (var next in edges(b))
            {
                if (s.FindBody(next) is not { } nb) continue;
                var st = state.GetValueOrDefault(nb.Id);
                if (st == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(nb.Id)).Append(nb.Id).ToList();
                    if (reported.Add(string.Join(">", cycle.Skip(1).OrderBy(x => x, StringComparer.Ordinal))))
                        r.Report(nb.Where, $"{kind}-cycle", $"the {kind} relation between bodies forms a cycle: {string.Join(" → ", cycle)}; {hint}");
                }
                else if (st == 0) Visit(nb);
            }
            stack.RemoveAt(stack.Count - 1);
            state[b.Id] = 2;
        }
        foreach (var b in s.Bodies)
            if (state.GetValueOrDefault(b.Id) == 0) Visit(b);
    }

    private static void CheckMotion(YamlReader r, Scenario s, Motion m, HashSet<string> actorIds, HashSet<string> bodyIds)
    {
        SourceSpan At(string key) => r.MarkOf($"motion:{m.Id}:{key}", m.Where);
        if (!bodyIds.Contains(m.DecidedBy))
            r.Report(At("decided_by"), "unknown-body", $"motion '{m.Id}' is decided by '{m.DecidedBy}', which is not a body{ScenarioLoader.Suggest(m.DecidedBy, bodyIds)}");
        if (m.From is { } from && !bodyIds.Contains(from))
            r.Report(At("from"), "unknown-body", $"motion '{m.Id}' concerns body '{from}', which is not a body{ScenarioLoader.Suggest(from, bodyIds)}");
        if (m.ProposedBy is { } pb && !actorIds.Contains(pb))
            r.Report(At("proposed_by"), "unknown-actor", $"motion '{m.Id}' is proposed by '{pb}', who is not an actor{ScenarioLoader.Suggest(pb, actorIds)}");
        Issue? issue = null;
        if (m.Issue is { } issueId && (issue = s.FindIssue(issueId)) is null)
            r.Report(At("issue"), "unknown-issue", $"motion '{m.Id}' names issue '{issueId}', which is not declared{ScenarioLoader.Suggest(issueId, s.Issues.Select(i => i.Id))}");
        if (issue is not null && m.Proposal is { } p && (p < issue.Low || p > issue.High))
            r.Report(At("proposal"), "out-of-range", $"proposal of motion '{m.Id}' is {ScenarioLoader.Fmt(p)}; positions on '{issue.Id}' run from {ScenarioLoader.Fmt(issue.Low)} to {ScenarioLoader.Fmt(issue.High)}");
        var fromBody = m.From is null ? null : s.FindBody(m.From);
        var members = fromBody is null ? null : VotingMembers(s, fromBody);
        foreach (var t in m.Targets)
        {
            if (!actorIds.Contains(t))
                r.Report(r.MarkOf($"motion:{m.Id}:target:{t}", m.Where), "unknown-actor", $"target '{t}' of motion '{m.Id}' is not an actor{ScenarioLoader.Suggest(t, actorIds)}");
            else if (m.Kind == MotionKind.Removal && members is not null && !members.Contains(t) && !fromBody!.Candidates.Contains(t))
                r.Report(r.MarkOf($"motion:{m.Id}:target:{t}", m.Where), "not-a-member", $"motion '{m.Id}' removes '{t}' from '{fromBody.Id}', but '{t}' does not sit in it");
        }
    }
}
