using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>
/// Makes one Monte Carlo draw of a scenario: every number that carries a distribution is replaced by a draw,
/// kept inside the range the quantity allows (capability above 0, salience 0–100, positions on the scale).
/// </summary>
/// <remarks>
/// Numbers are visited in a fixed order (actors in file order: capability, positions, saliences; then each issue's
/// status quo, in file order), so a seed reproduces the draw. Status quos come last so that adding a distribution to
/// one leaves every actor's draw under a given seed as it was. Normal draws outside the allowed range are redrawn
/// (up to 100 times), then clamped.
/// </remarks>
public static class ScenarioSampler
{
    /// <summary>Smallest capability a draw may take.</summary>
    public const double MinCapability = 1e-9;

    /// <summary>Whether any number in the scenario is uncertain.</summary>
    public static bool HasUncertainty(Scenario s) =>
        s.Issues.Any(i => i.StatusQuoUncertainty is not null)
        || s.Actors.Any(a => a.Capability.Uncertainty is not null
            || a.Position.Values.Any(v => v.Uncertainty is not null)
            || a.Salience.Values.Any(v => v.Uncertainty is not null));

    /// <summary>One draw of the scenario.</summary>
    public static Scenario Draw(Scenario s, RandomStream random)
    {
        var actors = new List<Actor>(s.Actors.Count);
        foreach (var a in s.Actors)
        {
            var capability = Draw(a.Capability, MinCapability, double.MaxValue, random);
            var position = new Dictionary<string, UncertainValue>(a.Position.Count, StringComparer.Ordinal);
            foreach (var (issueId, v) in a.Position)
            {
                var issue = IssueOf(s, issueId);
                position[issueId] = Draw(v, issue.Low, issue.High, random);
            }
            var salience = new Dictionary<string, UncertainValue>(a.Salience.Count, StringComparer.Ordinal);
            foreach (var (issueId, v) in a.Salience) salience[issueId] = Draw(v, 0, 100, random);
            actors.Add(a with { Capability = capability, Position = position, Salience = salience });
        }
        if (!s.Issues.Any(i => i.StatusQuoUncertainty is not null)) return s with { Actors = actors };
        var issues = new List<Issue>(s.Issues.Count);
        foreach (var issue in s.Issues)
        {
            if (issue is { StatusQuo: { } sq, StatusQuoUncertainty: { } d })
                issues.Add(issue with { StatusQuo = Draw(new UncertainValue(sq, d), issue.Low, issue.High, random).Value });
            else issues.Add(issue);
        }
        return s with { Actors = actors, Issues = issues };
    }

    /// <summary>The issue with this id (the scenario is validated, so it exists); a loop, as this runs per position per draw.</summary>
    private static Issue IssueOf(Scenario s, string id)
    {
        foreach (var issue in s.Issues)
            if (issue.Id == id) return issue;
        throw new ArgumentException($"no issue '{id}' in the scenario", nameof(id));
    }

    private static UncertainValue Draw(UncertainValue v, double min, double max, RandomStream random)
    {
        if (v.Uncertainty is not { } d) return v;
        var x = DistributionSampler.Draw(d, random);
        for (var tries = 0; (x < min || x > max) && tries < 100; tries++) x = DistributionSampler.Draw(d, random);
        return v.WithValue(Math.Clamp(x, min, max));
    }
}
