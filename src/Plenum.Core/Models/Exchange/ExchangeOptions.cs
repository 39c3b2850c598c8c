using System.Globalization;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Exchange;

/// <summary>Every option of the exchange model, with the defaults of Decide (<c>docs/models/exchange.md</c> §5).</summary>
/// <param name="Variant"><c>exchange.variant</c>: <c>equal-gain</c> (default), <c>randomized</c>, <c>random-rate</c>.</param>
/// <param name="Rounds"><c>exchange.rounds</c>: rounds of exchanges (default 10, as Decide's CLI).</param>
/// <param name="Randomization"><c>exchange.p</c>: REX's p in [0, 1] (default 0.5 when the variant is randomized).</param>
/// <param name="Ties"><c>exchange.ties</c>: <c>deterministic</c> (default) or <c>random</c>.</param>
/// <param name="TieTolerance"><c>exchange.tie-tolerance</c>: gains closer than this to the best are a tie (default 1e-9).</param>
/// <param name="Forecast"><c>exchange.forecast</c>: <c>last-round</c> (default), <c>first-round</c>, <c>final-mean</c>.</param>
/// <param name="SalienceWeight"><c>exchange.salience-weight</c>: weight of (1 − salience) in the new start position (0.4).</param>
/// <param name="FixedWeight"><c>exchange.fixed-weight</c>: fixed part of the new start position (0.1).</param>
/// <param name="TiePicks"><c>exchange.tie-picks</c>: scripted outcomes of single ties (default none).</param>
public sealed record ExchangeOptions(
    ExchangeVariant Variant = ExchangeVariant.EqualGain,
    int Rounds = 10,
    double Randomization = 0,
    TieRule Ties = TieRule.Deterministic,
    double TieTolerance = 1e-9,
    ForecastStatistic Forecast = ForecastStatistic.LastRound,
    double SalienceWeight = 0.4,
    double FixedWeight = 0.1,
    IReadOnlyList<TiePick>? TiePicks = null)
{
    /// <summary>The option descriptors shown by <c>plenum models</c> and the docs.</summary>
    public static IReadOnlyList<OptionDescriptor> Descriptors { get; } =
    [
        new("exchange.variant", "equal-gain", "equal-gain|randomized|random-rate", "How the exchange rate between partners is set"),
        new("exchange.rounds", "10", $"1–{ScenarioLimits.MaxRounds}", "Rounds of exchanges"),
        new("exchange.p", "0.5", "0–1", "Randomised equal gain (REX): how far a partner's share may move from equal gain"),
        new("exchange.ties", "deterministic", "deterministic|random", "Which of tied exchanges goes first: the first created, or one at random"),
        new("exchange.tie-tolerance", "1e-9", "0–1", "Gains closer than this to the best count as tied"),
        new("exchange.forecast", "last-round", "last-round|first-round|final-mean", "The statistic reported as the forecast"),
        new("exchange.salience-weight", "0.4", "0–1", "New start position: weight of (1 − salience) on the voting move"),
        new("exchange.fixed-weight", "0.1", "0–1", "New start position: fixed weight on the voting move"),
        new("exchange.tie-picks", "", "R:K[,R:K…]", "At a tie in round R that includes the K-th created candidate, execute that one (reproduces Decide's rounding-noise picks)"),
    ];

    /// <summary>Reads the options; bad values raise <see cref="ModelOptionException"/>.</summary>
    public static ExchangeOptions From(ModelOptions options)
    {
        var variant = options.GetString("exchange.variant", "equal-gain", "equal-gain", "randomized", "random-rate") switch
        {
            "randomized" => ExchangeVariant.RandomizedEqualGain,
            "random-rate" => ExchangeVariant.RandomRate,
            _ => ExchangeVariant.EqualGain,
        };
        return new ExchangeOptions(
            variant,
            options.GetInt("exchange.rounds", 10, 1, ScenarioLimits.MaxRounds),
            variant == ExchangeVariant.RandomizedEqualGain ? options.GetDouble("exchange.p", 0.5, 0, 1) : 0,
            options.GetString("exchange.ties", "deterministic", "deterministic", "random") == "random" ? TieRule.Random : TieRule.Deterministic,
            options.GetDouble("exchange.tie-tolerance", 1e-9, 0, 1),
            options.GetString("exchange.forecast", "last-round", "last-round", "first-round", "final-mean") switch
            {
                "first-round" => ForecastStatistic.FirstRound,
                "final-mean" => ForecastStatistic.FinalMean,
                _ => ForecastStatistic.LastRound,
            },
            options.GetDouble("exchange.salience-weight", 0.4, 0, 1),
            options.GetDouble("exchange.fixed-weight", 0.1, 0, 1),
            ReadTiePicks(options));
    }

    private static IReadOnlyList<TiePick> ReadTiePicks(ModelOptions options)
    {
        var text = options.GetString("exchange.tie-picks", "");
        return TiePick.ParseList(text) ?? throw new ModelOptionException("exchange.tie-picks", text, "round:candidate pairs such as 8:158, comma-separated");
    }

    /// <summary>The options as recorded in the result (every key, defaults included).</summary>
    public IReadOnlyDictionary<string, string> ToRecord() => new Dictionary<string, string>
    {
        ["exchange.variant"] = Variant switch
        {
            ExchangeVariant.RandomizedEqualGain => "randomized",
            ExchangeVariant.RandomRate => "random-rate",
            _ => "equal-gain",
        },
        ["exchange.rounds"] = Rounds.ToString(CultureInfo.InvariantCulture),
        ["exchange.p"] = Randomization.ToString(CultureInfo.InvariantCulture),
        ["exchange.ties"] = Ties == TieRule.Random ? "random" : "deterministic",
        ["exchange.tie-tolerance"] = TieTolerance.ToString(CultureInfo.InvariantCulture),
        ["exchange.forecast"] = Forecast switch
        {
            ForecastStatistic.FirstRound => "first-round",
            ForecastStatistic.FinalMean => "final-mean",
            _ => "last-round",
        },
        ["exchange.salience-weight"] = SalienceWeight.ToString(CultureInfo.InvariantCulture),
        ["exchange.fixed-weight"] = FixedWeight.ToString(CultureInfo.InvariantCulture),
        ["exchange.tie-picks"] = string.Join(",", TiePicks ?? []),
    };
}
