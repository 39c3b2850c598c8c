using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Arena;

/// <summary>
/// Each actor's net utility from a motion passing rather than failing, on −1…1: with linear loss on the motion's
/// issue, (|x_fail − pᵢ| − |x_pass − pᵢ|)/width × salience. Targets oppose their removal and back their
/// appointment outright; the mover backs the motion at least by half.
/// </summary>
internal static class MotionStakes
{
    public static Dictionary<string, double> For(Scenario scenario, Motion motion)
    {
        var stakes = scenario.Actors.ToDictionary(a => a.Id, _ => 0.0, StringComparer.Ordinal);
        var issue = motion.Issue is null ? null : scenario.FindIssue(motion.Issue);
        if (issue is not null && Outcomes(scenario, motion, issue) is var (pass, fail))
        {
            foreach (var actor in scenario.ActorsOn(issue.Id))
            {
                var p = actor.Position[issue.Id].Value;
                var width = issue.Width > 0 ? issue.Width : 1;
                stakes[actor.Id] = Math.Clamp((Math.Abs(fail - p) - Math.Abs(pass - p)) / width * actor.SalienceOn(issue.Id) / 100, -1, 1);
            }
        }
        foreach (var target in motion.Targets)
            if (stakes.ContainsKey(target)) stakes[target] = motion.Kind == MotionKind.Removal ? -1 : 1;
        if (motion.ProposedBy is { } mover && stakes.ContainsKey(mover)) stakes[mover] = Math.Max(stakes[mover], 0.5);
        return stakes;
    }

    /// <summary>The issue position if the motion passes and if it fails, or null when undefined.</summary>
    private static (double Pass, double Fail)? Outcomes(Scenario scenario, Motion motion, Issue issue)
    {
        var statusQuo = issue.StatusQuo ?? (issue.Low + issue.High) / 2;
        if (motion.Kind == MotionKind.Policy) return motion.Proposal is { } p ? (p, statusQuo) : null;
        var targets = motion.Targets.Select(scenario.FindActor).Where(a => a is not null && a.Takes(issue.Id)).ToList();
        if (targets.Count == 0) return null;
        var targetPosition = targets.Average(a => a!.Position[issue.Id].Value);
        if (motion.Kind == MotionKind.Appointment) return (targetPosition, statusQuo);
        var mover = motion.ProposedBy is null ? null : scenario.FindActor(motion.ProposedBy);
        if (mover is not null && mover.Takes(issue.Id)) return (mover.Position[issue.Id].Value, targetPosition);
        var others = scenario.ActorsOn(issue.Id).Where(a => !motion.Targets.Contains(a.Id)).ToList();
        if (others.Count == 0) return null;
        var weight = others.Sum(a => a.Capability.Value);
        return (others.Sum(a => a.Capability.Value * a.Position[issue.Id].Value) / weight, targetPosition);
    }
}
