using System.Globalization;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Every knob of the expected-utility model, resolved: a profile's readings of the paper's ambiguities,
/// overridden by any single switch the user set. Keys, defaults and allowed values are listed in
/// <see cref="Describe"/> and in <c>docs/models/bdm.md</c>.
/// </summary>
/// <remarks>Immutable; the CLI echoes <see cref="ToDictionary"/> with every result so runs can be repeated.</remarks>
public sealed record BdmOptions
{
    /// <summary>Largest issue (in actors) for which <see cref="DetailLevel.Auto"/> writes the pairwise tables.</summary>
    public const int FullDetailMaxActors = 60;

    /// <summary>The profile the switches started from.</summary>
    public BdmProfile Profile { get; init; } = BdmProfile.Scholz;

    /// <summary><c>bdm.probability</c>.</summary>
    public ProbabilityRule Probability { get; init; } = ProbabilityRule.ScholzCode;

    /// <summary><c>bdm.perspective</c>.</summary>
    public EstimatePerspective Perspective { get; init; } = EstimatePerspective.Perceived;

    /// <summary><c>bdm.resisting-salience</c>.</summary>
    public ResistingSalience ResistingSalience { get; init; } = ResistingSalience.Target;

    /// <summary><c>bdm.q</c>: probability that the status quo persists if i does not challenge (eq. 7).</summary>
    public double Q { get; init; } = 1.0;

    /// <summary><c>bdm.t</c>.</summary>
    public ImprovementRule T { get; init; } = ImprovementRule.ByDistance;

    /// <summary><c>bdm.mu</c>.</summary>
    public MedianVoterRule MedianVoter { get; init; } = MedianVoterRule.WeightedMedian;

    /// <summary><c>bdm.range</c>.</summary>
    public RangeRule Range { get; init; } = RangeRule.Initial;

    /// <summary><c>bdm.conflict</c>.</summary>
    public ConflictOutcome Conflict { get; init; } = ConflictOutcome.Move;

    /// <summary><c>bdm.compromise</c>.</summary>
    public CompromiseRule Compromise { get; init; } = CompromiseRule.Fraction;

    /// <summary><c>bdm.capitulation</c>: whether an actor facing a stronger demand than its own capitulates (Fig. 6).</summary>
    public bool Capitulation { get; init; }

    /// <summary><c>bdm.offer-choice</c>.</summary>
    public OfferChoice OfferChoice { get; init; } = OfferChoice.ScholzCode;

    /// <summary><c>bdm.rounds</c>: the round limit.</summary>
    public int Rounds { get; init; } = 10;

    /// <summary><c>bdm.stop</c>.</summary>
    public StoppingRule Stop { get; init; } = StoppingRule.Cap;

    /// <summary><c>bdm.median-tolerance</c>: for <see cref="StoppingRule.Median"/>, as a fraction of the issue's scale width.</summary>
    public double MedianTolerance { get; init; } = 0.005;

    /// <summary><c>bdm.stable-rounds</c>: for <see cref="StoppingRule.Median"/>, rounds in a row below the tolerance.</summary>
    public int StableRounds { get; init; } = 2;

    /// <summary><c>bdm.rms-ratio</c>: for <see cref="StoppingRule.Rms"/>, the fraction of the first round's RMS change.</summary>
    public double RmsRatio { get; init; } = 0.01;

    /// <summary><c>bdm.position-tolerance</c>: positions closer than this fraction of the initial range count as one.</summary>
    public double PositionTolerance { get; init; } = 1e-9;

    /// <summary><c>bdm.utility-tolerance</c>: expected utilities smaller in magnitude than this count as zero.</summary>
    public double UtilityTolerance { get; init; } = 1e-12;

    /// <summary><c>bdm.forecast</c>.</summary>
    public ForecastStatistic Forecast { get; init; } = ForecastStatistic.Median;

    /// <summary><c>bdm.detail</c>.</summary>
    public DetailLevel Detail { get; init; } = DetailLevel.Auto;

    /// <summary><c>bdm.powers</c>: how the powers b^r of a round are evaluated; not a reading of the paper, so every profile shares it.</summary>
    public PowerEvaluation Powers { get; init; } = PowerEvaluation.SharedLogarithms;

    /// <summary>The readings a profile stands for, with every other knob at its default.</summary>
    public static BdmOptions ForProfile(BdmProfile profile) => profile switch
    {
        BdmProfile.Scholz => new BdmOptions(),
        BdmProfile.Paper => new BdmOptions
        {
            Profile = profile, Probability = ProbabilityRule.Paper, Perspective = EstimatePerspective.Own,
            Capitulation = true, OfferChoice = OfferChoice.LeastMovement,
        },
        BdmProfile.Masad => new BdmOptions
        {
            Profile = profile, Probability = ProbabilityRule.Net, Perspective = EstimatePerspective.Own,
            T = ImprovementRule.Always, MedianVoter = MedianVoterRule.WeightedMean, Range = RangeRule.Scale,
            Capitulation = true, OfferChoice = OfferChoice.HighestUtility,
        },
        BdmProfile.Eum => new BdmOptions
        {
            Profile = profile, Probability = ProbabilityRule.Paper, Perspective = EstimatePerspective.Own,
            ResistingSalience = ResistingSalience.Printed, Q = 0.5, Compromise = CompromiseRule.WeightedAverage,
            Capitulation = true, OfferChoice = OfferChoice.LeastMovement,
        },
        BdmProfile.Schelling => new BdmOptions
        {
            Profile = profile, Probability = ProbabilityRule.Paper, Perspective = EstimatePerspective.Own,
            Range = RangeRule.Current, Conflict = ConflictOutcome.Stay, Capitulation = true,
            OfferChoice = OfferChoice.HighestUtility, Stop = StoppingRule.Median,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };

    /// <summary>Reads <c>bdm.*</c> keys: first <c>bdm.profile</c>, then every switch, defaulting to the profile's reading.</summary>
    /// <exception cref="ModelOptionException">A value is not one of the allowed ones.</exception>
    public static BdmOptions From(ModelOptions options)
    {
        var profile = Read(options, "bdm.profile", BdmProfile.Scholz, BdmOptionTexts.Profiles);
        var p = ForProfile(profile);
        return new BdmOptions
        {
            Profile = profile,
            Probability = Read(options, "bdm.probability", p.Probability, BdmOptionTexts.Probabilities),
            Perspective = Read(options, "bdm.perspective", p.Perspective, BdmOptionTexts.Perspectives),
            ResistingSalience = Read(options, "bdm.resisting-salience", p.ResistingSalience, BdmOptionTexts.Saliences),
            Q = options.GetDouble("bdm.q", p.Q, 0, 1),
            T = Read(options, "bdm.t", p.T, BdmOptionTexts.Improvements),
            MedianVoter = Read(options, "bdm.mu", p.MedianVoter, BdmOptionTexts.MedianVoters),
            Range = Read(options, "bdm.range", p.Range, BdmOptionTexts.Ranges),
            Conflict = Read(options, "bdm.conflict", p.Conflict, BdmOptionTexts.Conflicts),
            Compromise = Read(options, "bdm.compromise", p.Compromise, BdmOptionTexts.Compromises),
            Capitulation = options.GetBool("bdm.capitulation", p.Capitulation),
            OfferChoice = Read(options, "bdm.offer-choice", p.OfferChoice, BdmOptionTexts.OfferChoices),
            Rounds = options.GetInt("bdm.rounds", p.Rounds, 1, Scenarios.ScenarioLimits.MaxRounds),
            Stop = Read(options, "bdm.stop", p.Stop, BdmOptionTexts.Stops),
            MedianTolerance = options.GetDouble("bdm.median-tolerance", p.MedianTolerance, 0, 1),
            StableRounds = options.GetInt("bdm.stable-rounds", p.StableRounds, 1, Scenarios.ScenarioLimits.MaxRounds),
            RmsRatio = options.GetDouble("bdm.rms-ratio", p.RmsRatio, 0, 1),
            PositionTolerance = options.GetDouble("bdm.position-tolerance", p.PositionTolerance, 0, 1e-3),
            UtilityTolerance = options.GetDouble("bdm.utility-tolerance", p.UtilityTolerance, 0, 1e-3),
            Forecast = Read(options, "bdm.forecast", p.Forecast, BdmOptionTexts.Forecasts),
            Detail = Read(options, "bdm.detail", p.Detail, BdmOptionTexts.Details),
            Powers = Read(options, "bdm.powers", p.Powers, BdmOptionTexts.Powers),
        };
    }

    /// <summary>Every option in force, as <c>--set</c> text, so a result records how it was made.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>
    {
        ["bdm.profile"] = BdmOptionTexts.Profiles.TextOf(Profile),
        ["bdm.probability"] = BdmOptionTexts.Probabilities.TextOf(Probability),
        ["bdm.perspective"] = BdmOptionTexts.Perspectives.TextOf(Perspective),
        ["bdm.resisting-salience"] = BdmOptionTexts.Saliences.TextOf(ResistingSalience),
        ["bdm.q"] = Number(Q),
        ["bdm.t"] = BdmOptionTexts.Improvements.TextOf(T),
        ["bdm.mu"] = BdmOptionTexts.MedianVoters.TextOf(MedianVoter),
        ["bdm.range"] = BdmOptionTexts.Ranges.TextOf(Range),
        ["bdm.conflict"] = BdmOptionTexts.Conflicts.TextOf(Conflict),
        ["bdm.compromise"] = BdmOptionTexts.Compromises.TextOf(Compromise),
        ["bdm.capitulation"] = Capitulation ? "true" : "false",
        ["bdm.offer-choice"] = BdmOptionTexts.OfferChoices.TextOf(OfferChoice),
        ["bdm.rounds"] = Rounds.ToString(CultureInfo.InvariantCulture),
        ["bdm.stop"] = BdmOptionTexts.Stops.TextOf(Stop),
        ["bdm.median-tolerance"] = Number(MedianTolerance),
        ["bdm.stable-rounds"] = StableRounds.ToString(CultureInfo.InvariantCulture),
        ["bdm.rms-ratio"] = Number(RmsRatio),
        ["bdm.position-tolerance"] = Number(PositionTolerance),
        ["bdm.utility-tolerance"] = Number(UtilityTolerance),
        ["bdm.forecast"] = BdmOptionTexts.Forecasts.TextOf(Forecast),
        ["bdm.detail"] = BdmOptionTexts.Details.TextOf(Detail),
        ["bdm.powers"] = BdmOptionTexts.Powers.TextOf(Powers),
    };

    /// <summary>The option list of the model's descriptor: key, default (of the <c>scholz</c> profile), allowed values, meaning.</summary>
    public static IReadOnlyList<OptionDescriptor> Describe()
    {
        var d = new BdmOptions().ToDictionary();
        OptionDescriptor O(string key, string allowed, string text) => new(key, d[key], allowed, text);
        return
        [
            O("bdm.profile", BdmOptionTexts.Profiles.Allowed, "named reading of the paper's ambiguities; the switches below default to the profile's values"),
            O("bdm.probability", BdmOptionTexts.Probabilities.Allowed, "probability of success: the Scholz code's global denominator, eq. 31 as printed, or the clipped net vote"),
            O("bdm.perspective", BdmOptionTexts.Perspectives.Allowed, "risk exponent of the opponent's expected utility: the estimating actor's (perceived) or the opponent's own"),
            O("bdm.resisting-salience", BdmOptionTexts.Saliences.Allowed, "salience in eq. 25b: the challenged actor's, or s_j as printed"),
            O("bdm.q", "0–1", "probability that the status quo persists when nobody challenges (eq. 7)"),
            O("bdm.t", BdmOptionTexts.Improvements.Allowed, "T of eq. 7: 1 when |x_i − μ| < |x_i − x_j| (rule), or a constant"),
            O("bdm.mu", BdmOptionTexts.MedianVoters.Allowed, "μ in eqs. 22–23: weighted median or weighted mean (only when q < 1)"),
            O("bdm.range", BdmOptionTexts.Ranges.Allowed, "ρ of eq. 14: initial spread of positions, spread each round, or the issue's scale"),
            O("bdm.conflict", BdmOptionTexts.Conflicts.Allowed, "whether the loser of a confrontation moves to the winner's position"),
            O("bdm.compromise", BdmOptionTexts.Compromises.Allowed, "compromise position: fraction |a/b| of the distance, or the |a|,|b|-weighted average"),
            O("bdm.capitulation", "true|false", "whether an actor capitulates to a demand it cannot resist (Fig. 6)"),
            O("bdm.offer-choice", BdmOptionTexts.OfferChoices.Allowed, "how an actor picks among the offers it received"),
            O("bdm.rounds", "1–100000", "round limit"),
            O("bdm.stop", BdmOptionTexts.Stops.Allowed, "stopping rule before the limit; fixed points and cycles always stop"),
            O("bdm.median-tolerance", "0–1", "median stopping rule: largest move of the median, as a fraction of the issue's scale width"),
            O("bdm.stable-rounds", "1–100000", "median stopping rule: rounds in a row the median must stay within the tolerance"),
            O("bdm.rms-ratio", "0–1", "rms stopping rule: fraction of the first round's root-mean-square position change"),
            O("bdm.position-tolerance", "0–0.001", "positions closer than this fraction of the initial range are merged"),
            O("bdm.utility-tolerance", "0–0.001", "expected utilities smaller in magnitude count as zero"),
            O("bdm.forecast", BdmOptionTexts.Forecasts.Allowed, "statistic reported as the forecast: median or mean of the final state (averaged over a cycle)"),
            O("bdm.detail", BdmOptionTexts.Details.Allowed, "result tables: all offers and pairwise utilities (full), accepted offers only (moves), none; auto = full up to 60 actors"),
            O("bdm.powers", BdmOptionTexts.Powers.Allowed, "powers b^r: e^(r·ln b) with ln b shared by every exponent (shared-log; last-bit differences), or Math.Pow for each (exact; earlier versions' results bit for bit, slower)"),
        ];
    }

    private static T Read<T>(ModelOptions options, string key, T fallback, OptionTexts<T> texts) where T : struct, Enum
    {
        var text = options.GetString(key, texts.TextOf(fallback), texts.Texts);
        return texts.ValueOf(text);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
