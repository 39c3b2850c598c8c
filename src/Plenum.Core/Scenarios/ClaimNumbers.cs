namespace Plenum.Core.Scenarios;

/// <summary>The paths of a scenario's input numbers, as claims and what-if overrides name them.</summary>
public static class ClaimNumbers
{
    /// <summary>Every number path: <c>ACTOR.capability</c>, <c>ACTOR.position.ISSUE</c>, <c>ACTOR.salience.ISSUE</c>, <c>ISSUE.status_quo</c>.</summary>
    public static IEnumerable<string> All(Scenario s)
    {
        foreach (var issue in s.Issues)
            if (issue.StatusQuo is not null) yield return $"{issue.Id}.status_quo";
        foreach (var a in s.Actors)
        {
            yield return $"{a.Id}.capability";
            foreach (var issueId in a.Position.Keys)
            {
                yield return $"{a.Id}.position.{issueId}";
                yield return $"{a.Id}.salience.{issueId}";
            }
        }
    }

    /// <summary>True when the path names one of the scenario's numbers.</summary>
    public static bool Exists(Scenario s, string path) => All(s).Contains(path, StringComparer.Ordinal);

    /// <summary>
    /// The number an evidence link of an actor points at (<c>supports: position.line</c> of actor
    /// <c>kalinin</c> → <c>kalinin.position.line</c>), or the owner-qualified path for non-numbers
    /// (<c>kalinin.member</c>, <c>kalinin.statement</c>).
    /// </summary>
    public static string PathOf(string ownerId, string supports) => $"{ownerId}.{supports}";
}
