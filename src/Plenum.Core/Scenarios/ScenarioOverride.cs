using System.Globalization;

namespace Plenum.Core.Scenarios;

/// <summary>
/// A "what if" change to one input: <c>ACTOR.capability=V</c>, <c>ACTOR.position.ISSUE=V</c>,
/// <c>ACTOR.salience.ISSUE=V</c> or <c>ISSUE.status_quo=V</c>. The new value is certain (its distribution is dropped).
/// </summary>
public sealed record ScenarioOverride(string Path, double Value)
{
    /// <summary>Parses <c>PATH=VALUE</c>; null with a message when the text is malformed.</summary>
    public static ScenarioOverride? Parse(string text, out string? error)
    {
        error = null;
        var eq = text.IndexOf('=');
        if (eq <= 0)
        {
            error = $"what-if '{text}' is not PATH=VALUE (e.g. kalinin.position.line=20)";
            return null;
        }
        var valueText = text[(eq + 1)..].Trim();
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            error = $"what-if '{text}': '{valueText}' is not a number";
            return null;
        }
        return new ScenarioOverride(text[..eq].Trim(), v);
    }

    /// <summary>The scenario with the change applied, or null and a message naming what is wrong.</summary>
    public Scenario? ApplyTo(Scenario s, out string? error)
    {
        error = null;
        var parts = Path.Split('.');
        if (parts.Length == 2 && parts[1] == "status_quo" && s.FindIssue(parts[0]) is { } issue)
        {
            if (!InScale(issue, out error)) return null;
            return s with { Issues = s.Issues.Select(i => i.Id == issue.Id ? i with { StatusQuo = Value, StatusQuoUncertainty = null } : i).ToList() };
        }
        if (s.FindActor(parts[0]) is not { } actor)
        {
            error = $"what-if {Path}: '{parts[0]}' is neither an actor nor an issue of the scenario";
            return null;
        }
        switch (parts)
        {
            case [_, "capability"] when Value > 0:
                return s.WithActor(actor with { Capability = UncertainValue.Of(Value) });
            case [_, "capability"]:
                error = $"what-if {Path}={Fmt(Value)}: capability must be above 0";
                return null;
            case [_, "position", var issueId] when s.FindIssue(issueId) is { } pIssue:
                if (!InScale(pIssue, out error)) return null;
                return s.WithActor(actor with { Position = With(actor.Position, issueId) });
            case [_, "salience", var issueId] when s.FindIssue(issueId) is not null:
                if (Value is < 0 or > 100)
                {
                    error = $"what-if {Path}={Fmt(Value)}: salience runs from 0 to 100";
                    return null;
                }
                if (!actor.Position.ContainsKey(issueId))
                {
                    error = $"what-if {Path}: '{actor.Id}' has no position on '{issueId}'";
                    return null;
                }
                return s.WithActor(actor with { Salience = With(actor.Salience, issueId) });
            default:
                error = $"what-if {Path}: expected ACTOR.capability, ACTOR.position.ISSUE, ACTOR.salience.ISSUE or ISSUE.status_quo";
                return null;
        }
    }

    private Dictionary<string, UncertainValue> With(IReadOnlyDictionary<string, UncertainValue> values, string issueId) =>
        new(values, StringComparer.Ordinal) { [issueId] = UncertainValue.Of(Value) };

    private bool InScale(Issue issue, out string? error)
    {
        error = Value < issue.Low || Value > issue.High
            ? $"what-if {Path}={Fmt(Value)}: positions on '{issue.Id}' run from {Fmt(issue.Low)} to {Fmt(issue.High)}"
            : null;
        return error is null;
    }

    private static string Fmt(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
