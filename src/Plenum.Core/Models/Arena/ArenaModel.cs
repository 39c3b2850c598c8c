using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Arena;

/// <summary>
/// The arena: who carries each motion through the scenario's bodies. Members vote their stakes; outside actors
/// sway the members near them; members bandwagon toward the expected winner; a convener may delay a motion they
/// oppose; and a decision can be reversed on appeal to a body that overrules the deciding one. Monte Carlo over
/// members' votes gives each motion's chance to pass in each body and finally, and each actor's chance to be
/// removed and to prevail. Assumptions and equations in <c>docs/models/arena.md</c>.
/// </summary>
public sealed class ArenaModel : IForecastModel
{
    /// <summary>The model, for the catalog.</summary>
    public static ArenaModel Instance { get; } = new();

    /// <inheritdoc />
    public ModelDescriptor Descriptor { get; } = new("arena", "Arena: votes, conveners and appeals across bodies",
        "Plenum's own synthesis (docs/models/arena.md); voting power after Shapley–Shubik and Banzhaf", ArenaSettings.Descriptors);

    /// <inheritdoc />
    public ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random)
    {
        var settings = ArenaSettings.Read(options);
        if (scenario.Motions.Count == 0) throw new ModelInputException("the arena model needs at least one motion");

        List<MotionPlan> plans;
        try
        {
            plans = scenario.Motions.Select(m => Plan(scenario, m, settings)).ToList();
        }
        catch (ArgumentException e)
        {
            // A body the power engine cannot read as a game (no voters, a weighted rule missing a weight).
            throw new ModelInputException(e.Message);
        }
        var runs = settings.Runs;
        var finalPasses = new int[plans.Count];
        var bodyPasses = plans.Select(p => new int[p.Chain.Count]).ToArray();
        var removed = scenario.Actors.ToDictionary(a => a.Id, _ => 0, StringComparer.Ordinal);
        var prevailed = scenario.Actors.ToDictionary(a => a.Id, _ => 0.0, StringComparer.Ordinal);
        var removedThisRun = new HashSet<string>(StringComparer.Ordinal);
        for (var run = 0; run < runs; run++)
        {
            removedThisRun.Clear();
            for (var m = 0; m < plans.Count; m++)
            {
                var plan = plans[m];
                var outcome = false;
                for (var level = 0; level < plan.Chain.Count; level++)
                {
                    var ballot = plan.Chain[level];
                    var convened = ballot.Convenes(random, appeal: level > 0, outcome);
                    var passes = convened && ballot.Sample(random);
                    if (passes) bodyPasses[m][level]++;
                    if (level == 0 || convened) outcome = passes;
                }
                if (!outcome) continue;
                finalPasses[m]++;
                if (plan.Motion.Kind == MotionKind.Removal)
                    foreach (var t in plan.Motion.Targets) removedThisRun.Add(t);
            }
            foreach (var id in removedThisRun) removed[id]++;
        }

        var motions = new List<MotionForecast>();
        var voteRows = new List<IReadOnlyList<object?>>();
        var bandwagoners = new List<string>();
        for (var m = 0; m < plans.Count; m++)
        {
            var plan = plans[m];
            var bodies = new Dictionary<string, BodyVote>(StringComparer.Ordinal);
            for (var level = 0; level < plan.Chain.Count; level++)
            {
                var b = plan.Chain[level];
                bodies[b.Body.Id] = new BodyVote((double)bodyPasses[m][level] / runs, b.ExpectedFor, b.ExpectedAgainst);
                for (var i = 0; i < b.Yes.Length; i++)
                {
                    voteRows.Add([plan.Motion.Id, b.Body.Id, b.Game.Players[i], b.Yes[i], b.OwnYes[i], b.Yes[i] - b.OwnYes[i], b.Delay]);
                    // A member bandwagons when leaning toward the expected winner carries them across one half.
                    if ((b.OwnYes[i] - 0.5) * (b.Yes[i] - 0.5) < 0) bandwagoners.Add($"{b.Game.Players[i]} in {b.Body.Id} on {plan.Motion.Id} ({b.OwnYes[i]:0.00} → {b.Yes[i]:0.00})");
                }
            }
            var pPass = (double)finalPasses[m] / runs;
            motions.Add(new MotionForecast(plan.Motion.Id, pPass, plan.Motion.DecidedBy, bodies));
            foreach (var (actor, stake) in plan.Stakes)
                if (Math.Abs(stake) > StakeThreshold) prevailed[actor] += stake > 0 ? pPass : 1 - pPass;
        }

        var actors = scenario.Actors.Select(a =>
        {
            var cared = plans.Count(p => Math.Abs(p.Stakes[a.Id]) > StakeThreshold);
            return new ActorForecast(a.Id, (double)removed[a.Id] / runs, cared == 0 ? 0.5 : prevailed[a.Id] / cared);
        }).ToList();

        var table = new ResultTable("arena-votes", ["motion", "body", "member", "p_yes", "p_yes_own", "bandwagon_shift", "p_delay"], voteRows);
        var notes = Notes(settings);
        notes.Add(bandwagoners.Count == 0
            ? "no member is carried across to the other side by bandwagoning"
            : "bandwagoning carries across (P(yes) on own stance → with bandwagon): " + string.Join("; ", bandwagoners));
        return new ForecastResult(scenario.Id, Descriptor.Id, settings.ToDictionary(options.Seed), [], motions, actors, [table], notes);
    }

    /// <summary>Stakes below this (1 % of the scale at full salience) count as indifference.</summary>
    private const double StakeThreshold = 0.01;

    private sealed record MotionPlan(Motion Motion, IReadOnlyDictionary<string, double> Stakes, List<BodyBallot> Chain);

    /// <summary>The deciding body and, when appeals are on, the chain of bodies that overrule it.</summary>
    private static MotionPlan Plan(Scenario scenario, Motion motion, ArenaSettings settings)
    {
        var stakes = MotionStakes.For(scenario, motion);
        var body = scenario.FindBody(motion.DecidedBy) ?? throw new ModelInputException($"motion '{motion.Id}' is decided by unknown body '{motion.DecidedBy}'");
        var chain = new List<BodyBallot> { BodyBallot.Prepare(scenario, body, motion, stakes, settings) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { body.Id };
        while (settings.Appeal && scenario.Bodies.FirstOrDefault(h => h.Overrules.Contains(body.Id)) is { } higher && seen.Add(higher.Id))
        {
            chain.Add(BodyBallot.Prepare(scenario, higher, motion, stakes, settings));
            body = higher;
        }
        return new MotionPlan(motion, stakes, chain);
    }

    private static List<string> Notes(ArenaSettings s)
    {
        var off = new List<string>();
        if (!s.Bandwagon) off.Add("bandwagoning");
        if (!s.Convener) off.Add("convener delay");
        if (!s.Appeal) off.Add("appeal to overruling bodies");
        if (!s.Influence) off.Add("influence of non-voting actors");
        return off.Count == 0 ? [] : [$"switched off: {string.Join(", ", off)}"];
    }
}
