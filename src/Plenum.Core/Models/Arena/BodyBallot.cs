using Plenum.Core.Power;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Arena;

/// <summary>
/// One body voting on one motion: each member's chance of voting yes and the chance the convener delays it.
/// Members vote their stake through a logistic response; outside actors pull members close to them; members
/// then lean toward the side expected to win, the weaker (more exposed) the more.
/// </summary>
internal sealed class BodyBallot
{
    private BodyBallot(Body body, WeightedGame game, double[] yes, double[] ownYes, double convenerStake, double blockChance)
    {
        Body = body;
        Game = game;
        Yes = yes;
        OwnYes = ownYes;
        ConvenerStake = convenerStake;
        BlockChance = blockChance;
    }

    public Body Body { get; }

    public WeightedGame Game { get; }

    /// <summary>Chance each voter (in <see cref="Game"/> player order) votes yes.</summary>
    public double[] Yes { get; }

    /// <summary>Chance each voter votes yes on their own stance (with outside influence), before bandwagoning.</summary>
    public double[] OwnYes { get; }

    /// <summary>The convener's stake in the motion passing (0 without a convener or with the mechanism off).</summary>
    public double ConvenerStake { get; }

    /// <summary>Chance the convener keeps the body from meeting when the meeting would go against them.</summary>
    public double BlockChance { get; }

    /// <summary>Chance the motion is delayed when first put to this body (its convener opposes it).</summary>
    public double Delay => ConvenerStake < 0 ? BlockChance : 0;

    /// <summary>
    /// Whether the body meets in this run. Put first, an opposed convener may delay the motion; on appeal, a
    /// convener content with the current outcome may not convene.
    /// </summary>
    public bool Convenes(RandomStream random, bool appeal, bool currentOutcome)
    {
        var blocks = appeal ? (ConvenerStake > 0) == currentOutcome && ConvenerStake != 0 : ConvenerStake < 0;
        return !blocks || BlockChance <= 0 || random.NextDouble() >= BlockChance;
    }

    public double ExpectedFor => Game.Weights.Select((w, i) => w * Yes[i]).Sum();

    public double ExpectedAgainst => Game.Weights.Select((w, i) => w * (1 - Yes[i])).Sum();

    public static BodyBallot Prepare(Scenario scenario, Body body, Motion motion, IReadOnlyDictionary<string, double> stakes, ArenaSettings settings)
    {
        var game = BodyGame.From(scenario, body);
        var voters = game.Players;
        var issue = motion.Issue is null ? null : scenario.FindIssue(motion.Issue);
        var stance = voters.Select(v => stakes[v]).ToArray();
        if (settings.Influence) stance = Influenced(scenario, issue, voters, stance, stakes, settings.InfluenceWeight);

        var logits = stance.Select(d => settings.Sharpness * d).ToArray();
        var ownYes = logits.Select(Logistic).ToArray();
        if (settings.Bandwagon)
        {
            var expected = PassChance(game, logits.Select(Logistic).ToArray());
            var capabilities = voters.Select(v => scenario.FindActor(v)!.Capability.Value).ToArray();
            var strongest = capabilities.Max();
            for (var i = 0; i < logits.Length; i++)
            {
                var exposure = strongest > 0 ? 1 - capabilities[i] / strongest : 0;
                logits[i] += settings.BandwagonStrength * exposure * (2 * expected - 1);
            }
        }

        double convenerStake = 0, block = 0;
        if (settings.Convener && body.Convener is { } convener && stakes.TryGetValue(convener, out var own) && Math.Abs(own) > 0)
        {
            var actor = scenario.FindActor(convener);
            var salience = issue is not null && actor is not null && actor.Takes(issue.Id) ? actor.SalienceOn(issue.Id) / 100 : 1;
            convenerStake = own;
            block = settings.ConvenerBlock * salience;
        }
        return new BodyBallot(body, game, logits.Select(Logistic).ToArray(), ownYes, convenerStake, block);
    }

    /// <summary>One run of the vote: does the yes side reach the quota?</summary>
    public bool Sample(RandomStream random)
    {
        var sum = 0.0;
        for (var i = 0; i < Yes.Length; i++)
            if (random.NextDouble() < Yes[i]) sum += Game.Weights[i];
        return sum >= Game.Quota - 1e-9 * Math.Max(1, Game.Quota);
    }

    /// <summary>
    /// A member's stance mixed with the capability-weighted stance of the non-voting actors near them
    /// (affinity 1 − distance/width on the motion's issue; ½ when either has no position): the more outside
    /// capability bears on a member relative to their own, the larger the share replaced, up to the weight.
    /// </summary>
    private static double[] Influenced(Scenario scenario, Issue? issue, IReadOnlyList<string> voters, double[] stance,
        IReadOnlyDictionary<string, double> stakes, double weight)
    {
        var outsiders = scenario.Actors.Where(a => !voters.Contains(a.Id) && stakes[a.Id] != 0).ToList();
        if (outsiders.Count == 0) return stance;
        var result = (double[])stance.Clone();
        for (var i = 0; i < voters.Count; i++)
        {
            var member = scenario.FindActor(voters[i])!;
            double pull = 0, push = 0;
            foreach (var x in outsiders)
            {
                var affinity = 0.5;
                if (issue is not null && member.Takes(issue.Id) && x.Takes(issue.Id))
                    affinity = 1 - Math.Abs(member.Position[issue.Id].Value - x.Position[issue.Id].Value) / (issue.Width > 0 ? issue.Width : 1);
                pull += x.Capability.Value * affinity;
                push += x.Capability.Value * affinity * stakes[x.Id];
            }
            if (pull <= 0) continue;
            var share = weight * pull / (pull + member.Capability.Value);
            result[i] = (1 - share) * stance[i] + share * push / pull;
        }
        return result;
    }

    /// <summary>Normal approximation of the chance the yes-weight reaches the quota.</summary>
    private static double PassChance(WeightedGame game, double[] yes)
    {
        double mean = 0, variance = 0;
        for (var i = 0; i < yes.Length; i++)
        {
            var w = game.Weights[i];
            mean += w * yes[i];
            variance += w * w * yes[i] * (1 - yes[i]);
        }
        var unit = game.Weights.Where(w => w > 0).DefaultIfEmpty(1).Min();
        var z = (mean - game.Quota + unit / 2) / Math.Sqrt(Math.Max(variance, 1e-12));
        return 0.5 * (1 + Erf(z / Math.Sqrt(2)));
    }

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Abramowitz–Stegun 7.1.26, error below 1.5·10⁻⁷: ample for a leaning.</summary>
    private static double Erf(double x)
    {
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1 / (1 + 0.3275911 * x);
        var y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return sign * y;
    }
}
