using YamlDotNet.RepresentationModel;

namespace Plenum.Core.Scenarios;

public static partial class ScenarioLoader
{
    private static readonly string[] VoteValues = ["for", "against", "abstain", "absent"];

    private static ScenarioOutcome? ReadOutcome(YamlReader r, YamlNode node, IReadOnlyDictionary<string, Issue> issues)
    {
        var map = r.Mapping(node, "outcome");
        if (map is null) return null;
        r.AllowOnly(map, "outcome", "date", "issues", "motions", "removed", "prevailed", "evidence", "notes");
        var date = YamlReader.Get(map, "date") is { } dn ? ReadDate(r, dn, "outcome date") : null;
        var positions = new Dictionary<string, double>(StringComparer.Ordinal);
        if (YamlReader.Get(map, "issues") is { } inode && r.Mapping(inode, "issues of the outcome") is { } imap)
        {
            foreach (var (k, v) in imap.Children)
            {
                var issueId = r.Text(k, "an issue under outcome");
                if (issueId is null) continue;
                if (!issues.TryGetValue(issueId, out var issue))
                {
                    if (!r.DeclaredIds("issue").Contains(issueId))
                        r.Report(k, "unknown-issue", $"the outcome names issue '{YamlReader.Shorten(issueId)}', which is not declared under issues{Suggest(issueId, issues.Keys)}");
                    continue;
                }
                var x = ReadNumber(r, v, $"outcome of '{issueId}'", issue.Low, issue.High, $"positions on '{issueId}' run from {Fmt(issue.Low)} to {Fmt(issue.High)}");
                if (x is not null) positions[issueId] = x.Value;
            }
        }
        var motions = new List<MotionOutcome>();
        if (YamlReader.Get(map, "motions") is { } mnode && r.Sequence(mnode, "motions of the outcome") is { } mseq)
        {
            var index = 0;
            foreach (var item in mseq)
            {
                if (ReadMotionOutcome(r, item, index++) is { } m) motions.Add(m);
            }
        }
        var removed = YamlReader.Get(map, "removed") is { } rn ? r.IdList(rn, "removed of the outcome") : [];
        var prevailed = YamlReader.Get(map, "prevailed") is { } pn ? r.IdList(pn, "prevailed of the outcome") : [];
        foreach (var (id, n) in removed) r.Mark($"outcome:actor:{id}", n);
        foreach (var (id, n) in prevailed) r.Mark($"outcome:actor:{id}", n);
        var evidence = YamlReader.Get(map, "evidence") is { } en ? ReadEvidence(r, en, "the outcome") : [];
        var notes = YamlReader.Get(map, "notes") is { } nn ? r.Text(nn, "notes of the outcome") : null;
        return new ScenarioOutcome(date, positions, motions, removed.Select(x => x.Id).ToList(), prevailed.Select(x => x.Id).ToList(), evidence, notes, r.At(map));
    }

    private static MotionOutcome? ReadMotionOutcome(YamlReader r, YamlNode item, int index)
    {
        var map = r.Mapping(item, "a motion outcome");
        if (map is null) return null;
        r.AllowOnly(map, "a motion outcome", "motion", "body", "passed", "date", "votes");
        var motion = r.Require(map, "motion", "a motion outcome") is { } mn ? r.Id(mn, "motion of an outcome") : null;
        var body = YamlReader.Get(map, "body") is { } bn ? r.Id(bn, "body of a motion outcome") : null;
        bool? passed = null;
        if (r.Require(map, "passed", "a motion outcome") is { } pn)
        {
            var text = r.Text(pn, "passed");
            passed = text switch { "true" or "yes" => true, "false" or "no" => false, _ => null };
            if (text is not null && passed is null) r.Report(pn, "bad-value", $"passed is '{YamlReader.Shorten(text)}'; expected true or false");
        }
        var date = YamlReader.Get(map, "date") is { } dn ? ReadDate(r, dn, "date of a motion outcome") : null;
        var votes = YamlReader.Get(map, "votes") is { } vn ? ReadVotes(r, vn, motion ?? "?") : null;
        if (motion is null || passed is null) return null;
        r.Mark($"outcome:motion:{index}", map);
        if (YamlReader.Get(map, "motion") is { } motionNode) r.Mark($"outcome:motion:{index}:motion", motionNode);
        if (YamlReader.Get(map, "body") is { } bodyNode) r.Mark($"outcome:motion:{index}:body", bodyNode);
        return new MotionOutcome(motion, body, passed.Value, date, votes, r.At(map));
    }

    private static RecordedVote? ReadVotes(YamlReader r, YamlNode node, string motion)
    {
        var map = r.Mapping(node, $"votes on '{motion}'");
        if (map is null) return null;
        r.AllowOnly(map, $"votes on '{motion}'", "for", "against", "abstain", "by_name");
        double? Count(string key) => YamlReader.Get(map, key) is { } n
            ? ReadNumber(r, n, $"votes {key} '{motion}'", 0, double.MaxValue, "a vote count is 0 or more")?.Value
            : null;
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlReader.Get(map, "by_name") is { } bn && r.Mapping(bn, $"by_name of votes on '{motion}'") is { } bm)
        {
            foreach (var (k, v) in bm.Children)
            {
                var actor = r.Id(k, "a voter");
                var vote = r.Text(v, $"the vote of '{actor}'");
                if (actor is null || vote is null) continue;
                if (!VoteValues.Contains(vote))
                {
                    r.Report(v, "bad-value", $"the vote of '{actor}' is '{YamlReader.Shorten(vote)}'; expected for, against, abstain or absent");
                    continue;
                }
                byName[actor] = vote;
                r.Mark($"outcome:voter:{motion}:{actor}", k);
            }
        }
        return new RecordedVote(Count("for"), Count("against"), Count("abstain"), byName);
    }
}
