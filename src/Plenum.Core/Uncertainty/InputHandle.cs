using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>
/// One input number of a scenario, addressable by path (<c>kalinin.position.line</c>), with the range a
/// sensitivity analysis swings it over.
/// </summary>
/// <remarks>
/// The swing is the number's own distribution where it has one (5 % and 95 % quantiles for normals, the bounds
/// otherwise); for a certain number it is ±10 % of the issue's scale for positions, ±10 points for salience and
/// ×0.8…×1.2 for capability, all kept inside the allowed range.
/// </remarks>
public sealed record InputHandle(string Path, string ActorId, string Field, string? IssueId, double Value, double Low, double High, Distribution? Distribution)
{
    /// <summary>Every input number of the scenario, in file order.</summary>
    public static IReadOnlyList<InputHandle> All(Scenario s)
    {
        var list = new List<InputHandle>();
        foreach (var a in s.Actors)
        {
            var c = a.Capability;
            var (cl, ch) = c.Uncertainty is { } cd ? Bounds(cd, ScenarioSampler.MinCapability, double.MaxValue) : (c.Value * 0.8, c.Value * 1.2);
            list.Add(new($"{a.Id}.capability", a.Id, "capability", null, c.Value, cl, ch, c.Uncertainty));
            foreach (var (issueId, p) in a.Position)
            {
                var issue = s.FindIssue(issueId)!;
                var (pl, ph) = p.Uncertainty is { } pd ? Bounds(pd, issue.Low, issue.High)
                    : (Math.Max(issue.Low, p.Value - issue.Width / 10), Math.Min(issue.High, p.Value + issue.Width / 10));
                list.Add(new($"{a.Id}.position.{issueId}", a.Id, "position", issueId, p.Value, pl, ph, p.Uncertainty));
            }
            foreach (var issueId in a.Position.Keys)
            {
                var v = a.Salience.TryGetValue(issueId, out var sv) ? sv : UncertainValue.Of(100);
                var (sl, sh) = v.Uncertainty is { } sd ? Bounds(sd, 0, 100) : (Math.Max(0, v.Value - 10), Math.Min(100, v.Value + 10));
                list.Add(new($"{a.Id}.salience.{issueId}", a.Id, "salience", issueId, v.Value, sl, sh, v.Uncertainty));
            }
        }
        return list;
    }

    /// <summary>The scenario with this input set to <paramref name="value"/> (certain).</summary>
    public Scenario With(Scenario s, double value)
    {
        var actor = s.FindActor(ActorId)!;
        return Field switch
        {
            "capability" => s.WithActor(actor with { Capability = UncertainValue.Of(value) }),
            "position" => s.WithActor(actor with { Position = new Dictionary<string, UncertainValue>(actor.Position, StringComparer.Ordinal) { [IssueId!] = UncertainValue.Of(value) } }),
            _ => s.WithActor(actor with { Salience = new Dictionary<string, UncertainValue>(actor.Salience, StringComparer.Ordinal) { [IssueId!] = UncertainValue.Of(value) } }),
        };
    }

    /// <summary>Reads this input's value from a (drawn) scenario.</summary>
    public double ReadFrom(Scenario s)
    {
        var a = s.FindActor(ActorId)!;
        return Field switch
        {
            "capability" => a.Capability.Value,
            "position" => a.Position[IssueId!].Value,
            _ => a.SalienceOn(IssueId!),
        };
    }

    private static (double, double) Bounds(Distribution d, double min, double max) => d switch
    {
        NormalDistribution n => (Math.Max(min, n.Mean - 1.6448536269514722 * n.StandardDeviation), Math.Min(max, n.Mean + 1.6448536269514722 * n.StandardDeviation)),
        _ => (Math.Max(min, d.Min), Math.Min(max, d.Max)),
    };
}
