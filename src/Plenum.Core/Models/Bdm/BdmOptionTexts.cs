namespace Plenum.Core.Models.Bdm;

/// <summary>The <c>--set</c> spelling of every enumerated BDM option, in one place so parsing and echoing agree.</summary>
internal static class BdmOptionTexts
{
    public static readonly OptionTexts<BdmProfile> Profiles = new(
        (BdmProfile.Scholz, "scholz"), (BdmProfile.Paper, "paper"), (BdmProfile.Masad, "masad"),
        (BdmProfile.Eum, "eum"), (BdmProfile.Schelling, "schelling"));

    public static readonly OptionTexts<ProbabilityRule> Probabilities = new(
        (ProbabilityRule.ScholzCode, "scholz-code"), (ProbabilityRule.Paper, "paper"), (ProbabilityRule.Net, "net"));

    public static readonly OptionTexts<EstimatePerspective> Perspectives = new(
        (EstimatePerspective.Perceived, "perceived"), (EstimatePerspective.Own, "own"));

    public static readonly OptionTexts<ResistingSalience> Saliences = new(
        (ResistingSalience.Target, "target"), (ResistingSalience.Printed, "printed"));

    public static readonly OptionTexts<ImprovementRule> Improvements = new(
        (ImprovementRule.ByDistance, "rule"), (ImprovementRule.Always, "1"), (ImprovementRule.Never, "0"));

    public static readonly OptionTexts<MedianVoterRule> MedianVoters = new(
        (MedianVoterRule.WeightedMedian, "median"), (MedianVoterRule.WeightedMean, "mean"));

    public static readonly OptionTexts<RangeRule> Ranges = new(
        (RangeRule.Initial, "initial"), (RangeRule.Current, "current"), (RangeRule.Scale, "scale"));

    public static readonly OptionTexts<ConflictOutcome> Conflicts = new(
        (ConflictOutcome.Move, "move"), (ConflictOutcome.Stay, "stay"));

    public static readonly OptionTexts<CompromiseRule> Compromises = new(
        (CompromiseRule.Fraction, "fraction"), (CompromiseRule.WeightedAverage, "weighted-average"));

    public static readonly OptionTexts<OfferChoice> OfferChoices = new(
        (OfferChoice.ScholzCode, "scholz-code"), (OfferChoice.LeastMovement, "least-movement"),
        (OfferChoice.HighestUtility, "highest-utility"));

    public static readonly OptionTexts<StoppingRule> Stops = new(
        (StoppingRule.Cap, "cap"), (StoppingRule.Median, "median"), (StoppingRule.Rms, "rms"));

    public static readonly OptionTexts<ForecastStatistic> Forecasts = new(
        (ForecastStatistic.Median, "median"), (ForecastStatistic.Mean, "mean"));

    public static readonly OptionTexts<DetailLevel> Details = new(
        (DetailLevel.Auto, "auto"), (DetailLevel.Full, "full"), (DetailLevel.Moves, "moves"), (DetailLevel.None, "none"));

    public static readonly OptionTexts<PowerEvaluation> Powers = new(
        (PowerEvaluation.SharedLogarithms, "shared-log"), (PowerEvaluation.Exact, "exact"));
}
