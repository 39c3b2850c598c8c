using System.Globalization;

namespace Plenum.Core.Models.Smp;

/// <summary>
/// Every setting of the spatial model of politics, with KTAB's defaults, read from <c>--set smp.KEY=VALUE</c>.
/// The defaults reproduce KTAB's <c>smpc</c> (2017) run on a CSV file; see <c>docs/models/smp.md</c>.
/// </summary>
public sealed record SmpOptions
{
    /// <summary>Voting rule for every vote (<c>smp.votingRule</c>).</summary>
    public SmpVotingRule VotingRule { get; init; } = SmpVotingRule.Prop;

    /// <summary>Pairwise victory probability model (<c>smp.victoryModel</c>).</summary>
    public SmpVictoryModel VictoryModel { get; init; } = SmpVictoryModel.Linear;

    /// <summary>Probabilistic Condorcet election variant (<c>smp.pceModel</c>).</summary>
    public SmpCondorcetModel CondorcetModel { get; init; } = SmpCondorcetModel.Conditional;

    /// <summary>Deterministic or stochastic choice of bargains (<c>smp.transitions</c>).</summary>
    public SmpStateTransition Transition { get; init; } = SmpStateTransition.Deterministic;

    /// <summary>Range of the inferred risk attitudes (<c>smp.riskRange</c>).</summary>
    public SmpRiskRange RiskRange { get; init; } = SmpRiskRange.Mid;

    /// <summary>How actors estimate each other's risk attitudes (<c>smp.riskAdjust</c>).</summary>
    public SmpRiskAdjustment RiskAdjustment { get; init; } = SmpRiskAdjustment.OneThird;

    /// <summary>Third parties' expectations in a challenge (<c>smp.thirdPartyCommit</c>).</summary>
    public SmpThirdPartyCommit ThirdPartyCommit { get; init; } = SmpThirdPartyCommit.SemiCommit;

    /// <summary>Placement of the compromise point (<c>smp.interpolation</c>).</summary>
    public SmpInterpolation Interpolation { get; init; } = SmpInterpolation.S2P2;

    /// <summary>Whose view shapes a bargain (<c>smp.bargainModel</c>).</summary>
    public SmpBargainModel BargainModel { get; init; } = SmpBargainModel.InitOnly;

    /// <summary>
    /// <c>smp.bargainQuirks=ktab</c> (default) keeps KTAB's two slips on the non-default bargain models (the
    /// receiver's expected gain used as its probability; the initiator's capability in the receiver's weight);
    /// <c>corrected</c> uses the receiver's probability and capability.
    /// </summary>
    public bool KtabBargainQuirks { get; init; } = true;

    /// <summary>
    /// Ideal-point accommodation (<c>smp.idealAdjustment</c>): <c>identity</c> (default, ideal = position),
    /// a rate r in [0,1] (every ideal moves the fraction r toward the actor's new position), or a list
    /// <c>actor&gt;reference=rate;…</c> of matrix cells, unlisted cells as in the identity matrix.
    /// </summary>
    public string IdealAdjustment { get; init; } = "identity";

    /// <summary>Round bargain coordinates to 4 decimals of the 0–1 scale, as KTAB does (<c>smp.roundBargains</c>).</summary>
    public bool RoundBargains { get; init; } = true;

    /// <summary>Two positions closer than this (Euclidean, 0–1 scale) count as one (<c>smp.duplicateTolerance</c>).</summary>
    public double DuplicateTolerance { get; init; } = 1e-3;

    /// <summary>Hard cap on turns (<c>smp.maxTurns</c>).</summary>
    public int MaxTurns { get; init; } = 100;

    /// <summary>No stop before this turn (<c>smp.minTurns</c>).</summary>
    public int MinTurns { get; init; } = 2;

    /// <summary>Stop once a turn moves less than this fraction of the first turn's movement (<c>smp.stopRatio</c>).</summary>
    public double StopRatio { get; init; } = 0.02;

    /// <summary>Added to the first turn's movement to avoid 0/0 (<c>smp.minFirstMove</c>).</summary>
    public double MinFirstMove { get; init; } = 1e-4;

    /// <summary>Worker threads; 0 = all cores. Results do not depend on it (<c>smp.threads</c>).</summary>
    public int Threads { get; init; }

    /// <summary>KTAB's defaults.</summary>
    public static SmpOptions Default { get; } = new();

    /// <summary>The option keys with their defaults, allowed values and meaning, for <c>plenum models</c> and the docs.</summary>
    public static IReadOnlyList<OptionDescriptor> Descriptors { get; } =
    [
        new("smp.votingRule", "prop", "binary|propbin|prop|propcbc|cubic|asymprosp", "How a utility difference becomes a vote."),
        new("smp.victoryModel", "linear", "linear|square|quartic|octic|binary", "How coalition strengths become a victory probability."),
        new("smp.pceModel", "conditional", "conditional|markov-incentive|markov-uniform", "How pairwise probabilities become one probability per option."),
        new("smp.transitions", "deterministic", "deterministic|stochastic", "Most probable bargain, or a seeded draw."),
        new("smp.riskRange", "mid", "min|mid|max", "Range of inferred risk attitudes."),
        new("smp.riskAdjust", "one-third", "none|one-third|half|two-thirds|full", "How actors estimate others' risk attitudes."),
        new("smp.thirdPartyCommit", "semi", "none|semi|full", "What third parties expect to happen to their own position."),
        new("smp.interpolation", "s2p2", "s1p1|s2p2|s2pmax", "Where the compromise point of a bargain lies."),
        new("smp.bargainModel", "init-only", "init-only|init-receiver|power-weighted", "Whose view of the challenge shapes the bargain."),
        new("smp.bargainQuirks", "ktab", "ktab|corrected", "Keep or correct KTAB's slips on the non-default bargain models."),
        new("smp.idealAdjustment", "identity", "identity | rate 0–1 | actor>reference=rate;…", "How ideal points follow positions."),
        new("smp.roundBargains", "true", "true|false", "Round bargain coordinates to 4 decimals of the 0–1 scale."),
        new("smp.duplicateTolerance", "0.001", "0–1", "Positions closer than this count as one."),
        new("smp.maxTurns", "100", "1–100000", "Most turns."),
        new("smp.minTurns", "2", "1–100000", "Fewest turns before the stopping rule applies."),
        new("smp.stopRatio", "0.02", "0–1", "Stop when a turn moves less than this fraction of the first turn's movement."),
        new("smp.minFirstMove", "0.0001", "≥ 0", "Added to the first turn's movement in the stopping ratio."),
        new("smp.threads", "0", "0–256", "Worker threads (0 = all cores); results do not depend on it."),
    ];

    /// <summary>Reads the options, throwing <see cref="ModelOptionException"/> on a bad value.</summary>
    public static SmpOptions From(ModelOptions options)
    {
        var idealAdjustment = options.GetString("smp.idealAdjustment", "identity");
        var minTurns = options.GetInt("smp.minTurns", 2, 1, Scenarios.ScenarioLimits.MaxRounds);
        return new SmpOptions
        {
            VotingRule = Pick(options, "smp.votingRule", SmpVotingRule.Prop,
                ("binary", SmpVotingRule.Binary), ("propbin", SmpVotingRule.PropBin), ("prop", SmpVotingRule.Prop),
                ("propcbc", SmpVotingRule.PropCbc), ("cubic", SmpVotingRule.Cubic), ("asymprosp", SmpVotingRule.ASymProsp)),
            VictoryModel = Pick(options, "smp.victoryModel", SmpVictoryModel.Linear,
                ("linear", SmpVictoryModel.Linear), ("square", SmpVictoryModel.Square), ("quartic", SmpVictoryModel.Quartic),
                ("octic", SmpVictoryModel.Octic), ("binary", SmpVictoryModel.Binary)),
            CondorcetModel = Pick(options, "smp.pceModel", SmpCondorcetModel.Conditional,
                ("conditional", SmpCondorcetModel.Conditional), ("markov-incentive", SmpCondorcetModel.MarkovIncentive),
                ("markov-uniform", SmpCondorcetModel.MarkovUniform)),
            Transition = Pick(options, "smp.transitions", SmpStateTransition.Deterministic,
                ("deterministic", SmpStateTransition.Deterministic), ("stochastic", SmpStateTransition.Stochastic)),
            RiskRange = Pick(options, "smp.riskRange", SmpRiskRange.Mid,
                ("min", SmpRiskRange.Min), ("mid", SmpRiskRange.Mid), ("max", SmpRiskRange.Max)),
            RiskAdjustment = Pick(options, "smp.riskAdjust", SmpRiskAdjustment.OneThird,
                ("none", SmpRiskAdjustment.None), ("one-third", SmpRiskAdjustment.OneThird), ("half", SmpRiskAdjustment.Half),
                ("two-thirds", SmpRiskAdjustment.TwoThirds), ("full", SmpRiskAdjustment.Full)),
            ThirdPartyCommit = Pick(options, "smp.thirdPartyCommit", SmpThirdPartyCommit.SemiCommit,
                ("none", SmpThirdPartyCommit.NoCommit), ("semi", SmpThirdPartyCommit.SemiCommit), ("full", SmpThirdPartyCommit.FullCommit)),
            Interpolation = Pick(options, "smp.interpolation", SmpInterpolation.S2P2,
                ("s1p1", SmpInterpolation.S1P1), ("s2p2", SmpInterpolation.S2P2), ("s2pmax", SmpInterpolation.S2PMax)),
            BargainModel = Pick(options, "smp.bargainModel", SmpBargainModel.InitOnly,
                ("init-only", SmpBargainModel.InitOnly), ("init-receiver", SmpBargainModel.InitReceiver),
                ("power-weighted", SmpBargainModel.PowerWeighted)),
            KtabBargainQuirks = options.GetString("smp.bargainQuirks", "ktab", "ktab", "corrected") == "ktab",
            IdealAdjustment = idealAdjustment,
            RoundBargains = options.GetBool("smp.roundBargains", true),
            DuplicateTolerance = options.GetDouble("smp.duplicateTolerance", 1e-3, 0, 1),
            MaxTurns = options.GetInt("smp.maxTurns", 100, 1, Scenarios.ScenarioLimits.MaxRounds),
            MinTurns = minTurns,
            StopRatio = options.GetDouble("smp.stopRatio", 0.02, 0, 1),
            MinFirstMove = options.GetDouble("smp.minFirstMove", 1e-4, 0),
            Threads = options.GetInt("smp.threads", 0, 0, 256),
        };
    }

    /// <summary>The options as <c>key → value</c> text, defaults included, for the result record.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>
    {
        ["smp.votingRule"] = VotingRule.ToString().ToLowerInvariant(),
        ["smp.victoryModel"] = VictoryModel.ToString().ToLowerInvariant(),
        ["smp.pceModel"] = CondorcetModel switch
        {
            SmpCondorcetModel.MarkovIncentive => "markov-incentive",
            SmpCondorcetModel.MarkovUniform => "markov-uniform",
            _ => "conditional",
        },
        ["smp.transitions"] = Transition.ToString().ToLowerInvariant(),
        ["smp.riskRange"] = RiskRange.ToString().ToLowerInvariant(),
        ["smp.riskAdjust"] = RiskAdjustment switch
        {
            SmpRiskAdjustment.None => "none",
            SmpRiskAdjustment.OneThird => "one-third",
            SmpRiskAdjustment.Half => "half",
            SmpRiskAdjustment.TwoThirds => "two-thirds",
            _ => "full",
        },
        ["smp.thirdPartyCommit"] = ThirdPartyCommit switch
        {
            SmpThirdPartyCommit.NoCommit => "none",
            SmpThirdPartyCommit.FullCommit => "full",
            _ => "semi",
        },
        ["smp.interpolation"] = Interpolation.ToString().ToLowerInvariant(),
        ["smp.bargainModel"] = BargainModel switch
        {
            SmpBargainModel.InitReceiver => "init-receiver",
            SmpBargainModel.PowerWeighted => "power-weighted",
            _ => "init-only",
        },
        ["smp.bargainQuirks"] = KtabBargainQuirks ? "ktab" : "corrected",
        ["smp.idealAdjustment"] = IdealAdjustment,
        ["smp.roundBargains"] = RoundBargains ? "true" : "false",
        ["smp.duplicateTolerance"] = DuplicateTolerance.ToString("R", CultureInfo.InvariantCulture),
        ["smp.maxTurns"] = MaxTurns.ToString(CultureInfo.InvariantCulture),
        ["smp.minTurns"] = MinTurns.ToString(CultureInfo.InvariantCulture),
        ["smp.stopRatio"] = StopRatio.ToString("R", CultureInfo.InvariantCulture),
        ["smp.minFirstMove"] = MinFirstMove.ToString("R", CultureInfo.InvariantCulture),
        ["smp.threads"] = Threads.ToString(CultureInfo.InvariantCulture),
    };

    private static T Pick<T>(ModelOptions options, string key, T fallback, params (string Name, T Value)[] choices)
    {
        var names = choices.Select(c => c.Name).ToArray();
        var chosen = options.GetString(key, "", names);
        if (chosen.Length == 0) return fallback;
        return choices.First(c => c.Name == chosen).Value;
    }
}
