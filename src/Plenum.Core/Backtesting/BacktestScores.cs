namespace Plenum.Core.Backtesting;

/// <summary>Error of one issue forecast against the coded outcome.</summary>
/// <param name="SideCalled">Whether the forecast and the outcome lie on the same side of the status quo; null without a status quo.</param>
public sealed record IssueScore(string Scenario, string Model, string Issue, double Forecast, double Outcome, double ScaleWidth, bool? SideCalled)
{
    public double AbsoluteError => Math.Abs(Forecast - Outcome);
}

/// <summary>A probability forecast of an event (a motion passing, an actor being removed) and whether it happened.</summary>
public sealed record ProbabilityScore(string Scenario, string Model, string Kind, string Id, double Probability, bool Happened)
{
    /// <summary>Probabilities are kept inside [ε, 1 − ε] for the log loss so that one confident miss stays finite.</summary>
    public const double Epsilon = 1e-6;

    public double Brier => (Probability - (Happened ? 1 : 0)) * (Probability - (Happened ? 1 : 0));

    public double LogLoss
    {
        get
        {
            var p = Math.Clamp(Probability, Epsilon, 1 - Epsilon);
            return -(Happened ? Math.Log(p) : Math.Log(1 - p));
        }
    }

    /// <summary>Whether the side with probability above one half is the one that happened.</summary>
    public bool Called => Probability > 0.5 == Happened;
}

/// <summary>Predicted against documented votes in favour, in one body.</summary>
public sealed record VoteScore(string Scenario, string Model, string Motion, string Body, double PredictedFor, double ActualFor, double PredictedAgainst, double? ActualAgainst)
{
    public double AbsoluteError => Math.Abs(PredictedFor - ActualFor);
}

/// <summary>One model's record over all scenarios.</summary>
/// <param name="NormalisedMae">MAE with each error divided by its issue's scale width, in percent of the scale.</param>
public sealed record ModelSummary(string Model, int Issues, double? Mae, double? NormalisedMae, double? SideCalledShare,
    int Events, double? Brier, double? LogLoss, double? EventsCalledShare, int Votes, double? VoteMae);

/// <summary>Calibration: events whose forecast probability fell in [Low, High), and how often they happened.</summary>
public sealed record CalibrationBin(string Model, double Low, double High, int Count, double MeanPredicted, double ObservedRate);

/// <summary>Everything a backtest measured.</summary>
public sealed record BacktestReport(
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<IssueScore> Issues,
    IReadOnlyList<ProbabilityScore> Events,
    IReadOnlyList<VoteScore> Votes,
    IReadOnlyList<ModelSummary> Summary,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<string> Notes);
