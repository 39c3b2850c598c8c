namespace Plenum.Core.Models.Bdm;

/// <summary>Which number of the final state the model states as its forecast.</summary>
public enum ForecastStatistic
{
    /// <summary><c>median</c>: the weighted median, BDM's "predicted dominant outcome".</summary>
    Median,

    /// <summary><c>mean</c>: the weighted mean, which Scholz et al. find more stable.</summary>
    Mean,
}
