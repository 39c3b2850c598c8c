namespace Plenum.Core.Models.Exchange;

/// <summary>Which number of an exchange run is reported as an issue's forecast.</summary>
public enum ForecastStatistic
{
    /// <summary>Weighted mean of the voting positions after the last round (Decide's last "Voting MDS").</summary>
    LastRound,

    /// <summary>Weighted mean of the voting positions after the first round (Stokman &amp; van Oosten's one-shot model).</summary>
    FirstRound,

    /// <summary>Weighted mean of the start positions that would open the round after the last one.</summary>
    FinalMean,
}
