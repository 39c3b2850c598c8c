namespace Plenum.Core.Models.Bdm;

/// <summary>Which central position μ the utilities U_b and U_w of eqs. 22–23 refer to (only matters when Q &lt; 1).</summary>
public enum MedianVoterRule
{
    /// <summary><c>median</c>: the capability × salience weighted median, the Condorcet winner of step 3.</summary>
    WeightedMedian,

    /// <summary><c>mean</c>: the weighted mean (Masad 2014).</summary>
    WeightedMean,
}
